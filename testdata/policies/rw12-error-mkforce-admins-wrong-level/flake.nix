{
  description = "mistake: to keep backup-key to bob, prod.nix puts mkForce on recipients.admins instead of on the secret's admins, which drops alice from prod while grafana still selects her";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./secrets/common.nix
        ./secrets/prod.nix
        ./secrets/staging.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
