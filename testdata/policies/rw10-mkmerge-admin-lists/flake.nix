{
  description = "recipients.admins = lib.mkMerge [ platform security ] with each a list from its own file (mkMerge of list definitions concatenates)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.core = {
        recipients.admins = lib.mkMerge [ (import ./teams/platform.nix) (import ./teams/security.nix) ];
        recipients.targets = lib.mkMerge [ [ { name = "k8s"; gcpKms = "projects/core-123/locations/us/keyRings/k8s/cryptoKeys/sops"; } ] ];
        secret.registry-pull.targets = [ "k8s" ];
        secret.incident-webhook.admins = [ "sec-1" ];
      };
    });
}
