{
  description = "The team's option listOf str holds a number among its names: the entry is the error, when the policy reads it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.oncall = lib.mkOption { type = lib.types.listOf lib.types.str; };
      config = {
        systems = [ "x86_64-linux" ];
        oncall = [ "alice" 7 ];
        flake.secrets.prod = {
          recipients.admins = [
            { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
            { name = "bob"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }
          ];
          secret.pager.admins = config.oncall;
        };
      };
    });
}
