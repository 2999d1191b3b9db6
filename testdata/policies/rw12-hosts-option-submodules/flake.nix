{
  description = "a flake-level option hosts (attrsOf submodule: publicKey, environment, roles) declared in modules/hosts-option.nix; each host is its own module under hosts/, all imported with readDir; the policy is built from config.hosts";

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
