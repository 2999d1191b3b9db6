{
  description = "the team list is a flake output (flake.lib.admins, reused by other repos) and the policy reads it back through self.lib";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ self, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./lib-output.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = self.lib.admins;
        secret.db = { };
      };
    });
}
