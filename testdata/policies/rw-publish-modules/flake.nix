{
  description = "A flake that also publishes its modules (flake-parts' flakeModules module) and imports flake-parts' own modules beside the policy";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, self, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, withSystem, moduleWithSystem, flake-parts-lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        flake-parts.flakeModules.flakeModules
        flake-parts.flakeModules.modules
        ./secrets.nix
      ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      debug = true;
      flake.flakeModules.secrets = ./secrets.nix;
      flake.secrets.shared.secret.signing-key.admins = [ "ops" ];
      perSystem = { config, self', inputs', pkgs, system, ... }: {
        checks.placeholder = pkgs.hello;
      };
    });
}
