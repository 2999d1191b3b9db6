{
  description = "Keys handed to every module through mkFlake's specialArgs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; specialArgs.keys = import ./keys.nix; } ({ keys, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.staging = {
        recipients.admins = [ { name = "alice"; age = keys.people.alice; } ];
        secret.database = { };
      };
    });
}
