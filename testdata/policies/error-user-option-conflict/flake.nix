{
  description = "Two modules give the team's option region (str) different values; the policy names its directory after it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./eu.nix ./us.nix ];
      options.region = lib.mkOption { type = lib.types.str; };
      config = {
        systems = [ "x86_64-linux" ];
        region = "eu";
        flake.secrets.prod = {
          directory = "secrets/${config.region}";
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          secret.a = { };
        };
      };
    });
}
