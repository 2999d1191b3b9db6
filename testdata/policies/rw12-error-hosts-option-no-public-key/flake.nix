{
  description = "mistake: a new host module (hosts/app3.nix) was committed before its key was known and sets no publicKey";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./modules/hosts-option.nix
        ./modules/policy.nix
      ] ++ map (f: ./hosts + "/${f}") (lib.attrNames (builtins.readDir ./hosts));
      systems = [ "x86_64-linux" ];
    });
}
