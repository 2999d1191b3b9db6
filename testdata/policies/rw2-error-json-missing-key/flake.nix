{
  description = "People from keys.json with optional fields read with 'or': one person has only an ssh field nobody maps, so the recipient ends with no key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = builtins.fromJSON (builtins.readFile ./people.json);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.dev = {
          recipients.admins = map (p: { inherit (p) name; age = p.age or [ ]; pgp = p.pgp or [ ]; }) people;
          secret.seed = { };
        };
      });
}
