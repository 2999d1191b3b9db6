{
  description = "The team's options of checked types, all valid as read: nullOr str given null, coercedTo int to str given a number, an enum of numbers, lazyAttrsOf bool, an option of the wrong type that the policy never reads";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: let t = lib.types; in {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.team = {
        lead = lib.mkOption { type = t.nullOr t.str; default = "alice"; };
        tier = lib.mkOption { type = t.coercedTo t.int toString t.str; };
        level = lib.mkOption { type = t.enum [ 1 2 3 ]; };
        enabled = lib.mkOption { type = t.lazyAttrsOf t.bool; default = { }; };
        unread = lib.mkOption { type = t.str; };
      };
      config = {
        systems = [ "x86_64-linux" ];
        team.lead = null;
        team.tier = 2;
        team.level = 3;
        team.enabled.web = true;
        team.unread = [ "not" "a" "string" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          recipients.targets = [ { name = "web"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
          secret."tier-${config.team.tier}".targets = lib.optional config.team.enabled.web "web";
          secret.lead.admins = lib.optional (config.team.lead == null) "alice";
          secret."level-${toString config.team.level}" = { };
        };
      };
    });
}
