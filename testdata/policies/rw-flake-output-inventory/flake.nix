{
  description = "The inventory is a flake output of its own (flake.inventory, defined once), read back through self and through config.flake";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./inventory.nix ./secrets.nix ];
        systems = [ "x86_64-linux" ];


      });
}
