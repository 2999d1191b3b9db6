{
  description = "mistake: the team guards against duplicate admin names with assert lib.allUnique; two people files both add sam";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = import ./people/eu.nix ++ import ./people/us.nix;
      in
      assert lib.allUnique (map (p: p.name) people);
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = people;
          secret.db = { };
        };
      });
}
