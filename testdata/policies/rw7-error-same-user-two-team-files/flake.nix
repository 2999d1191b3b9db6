{
  description = "teams/backend.nix and teams/platform.nix both list bob (he moved teams); admins are the concatenation";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let teams = map (t: import ./teams/${t}.nix) [ "backend" "platform" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.concatLists teams;
          secret.db = { };
        };
      });
}
