{
  description = "mistake: group files are loaded callPackage-style with lib.callPackageWith, which adds override and overrideDerivation to the group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        callGroup = lib.callPackageWith { inherit lib; keys = import ./keys.nix; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.mail = callGroup ./groups/mail.nix { };
      });
}
