{
  description = "let chains with inherit (import ./keys/people.nix) alice bob; inherit (import ./keys/machines.nix) web db; a rec set of recipient records";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (import ./keys/people.nix) alice bob;
        inherit (import ./keys/machines.nix) web db;
        r = rec {
          admins = [ alice bob ];
          app = [ web db ];
          all = admins ++ app;
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.shop = {
          recipients.admins = r.admins;
          recipients.targets = r.app;
          secret.db-password.targets = map (x: x.name) r.app;
          secret.web-cookie.targets = [ web.name ];
        };
      });
}
