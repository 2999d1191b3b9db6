{
  description = "Mistake: every file of team/ is imported (builtins.readDir) and two of them define an admin named ci";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ]
        ++ lib.mapAttrsToList (f: _: ./team + "/${f}") (lib.filterAttrs (f: t: t == "regular" && lib.hasSuffix ".nix" f) (builtins.readDir ./team));
      systems = [ ];
      flake.secrets.prod.secret.registry-token = { };
    });
}
