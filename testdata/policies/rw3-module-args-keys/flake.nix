{
  description = "Keys and helpers handed to every module through _module.args (set in flake.nix), taken by name in module functions ({ keys, mkRecipient, ... }:), with helpers from a lib.nix that takes lib";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets/prod.nix ./secrets/dev.nix ];
      systems = [ "x86_64-linux" ];
      _module.args = {
        keys = import ./keys.nix;
        inherit (import ./lib.nix { inherit lib; }) mkRecipient mkRecipients;
      };
    });
}
