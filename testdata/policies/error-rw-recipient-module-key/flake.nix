{
  description = "A recipient written as a module function: the module system takes its `key` attribute as the module's identity, so the recipient has no key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "alice"; key = "age1n5fwjmwrqedhu9ns2w4xqedvvzkn82casep92npetlwf0pa3y50q44gjqr"; }
          ./people/bob.nix
        ];
        secret.token = { };
      };
    };
}
