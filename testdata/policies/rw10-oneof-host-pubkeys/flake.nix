{
  description = "team option hosts: attrsOf (submodule { pubkey = oneOf [ str (listOf str) ]; env = enum }) declared in modules/hosts.nix, hosts set in modules/fleet.nix, targets derived per env";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/hosts.nix ./modules/fleet.nix ./modules/secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
