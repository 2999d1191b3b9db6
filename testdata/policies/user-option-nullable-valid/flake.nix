{
  description = "The team's nullOr str options: one null, one a string, one never defined (null, its empty value) and read by the policy";
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: let t = lib.types; in {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.team = {
        lead = lib.mkOption { type = t.nullOr t.str; };
        deputy = lib.mkOption { type = t.nullOr t.str; };
        backup = lib.mkOption { type = t.nullOr t.str; };
        pager = lib.mkOption { type = t.nullOr t.str; };
      };
      config = {
        systems = [ "x86_64-linux" ];
        team.lead = null;
        team.deputy = "bob";
        team.pager = "p1";
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          recipients.targets = [ { name = config.team.deputy; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
          secret.a.admins = lib.optional (config.team.lead == null && config.team.backup == null) "alice";
          secret.b.file = "secrets/prod/${toString config.team.pager}.yaml";
        };
      };
    });
}
