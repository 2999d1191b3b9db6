{
  description = "admins sorted by seniority with a non-strict comparator (a.level <= b.level) over twelve people with ties: Nix's stable sort reverses equal elements";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = import ./people.nix;
        ordered = lib.sort (a: b: a.level <= b.level) people;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.corp = {
          recipients.admins = map (p: { inherit (p) name age; }) ordered;
          secret.root-ca = { };
        };
      });
}
