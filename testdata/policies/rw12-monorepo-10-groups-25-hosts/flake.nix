{
  description = "a monorepo: secrets/lib.nix (imported with { lib }) holds people, 25 hosts and helpers; five product modules under secrets/products/ each define a prod and a staging group (10 groups), imported with map over a list of names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ]
        ++ map (p: ./secrets/products + "/${p}.nix") [ "checkout" "catalog" "accounts" "notifications" "analytics" ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
    };
}
