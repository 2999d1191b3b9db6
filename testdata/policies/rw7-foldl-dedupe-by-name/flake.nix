{
  description = "Admins come from three team files that overlap; builtins.foldl' into a set keyed by name (later wins, same key) then attrValues (name order) removes the duplicates";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = [ (import ./teams/a.nix) (import ./teams/b.nix) (import ./teams/c.nix) ];
        byName = builtins.foldl' (acc: r: acc // { ${r.name} = r; }) { } (lib.concatLists teams);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = builtins.attrValues byName;
          secret.db = { };
          secret.audit.admins = lib.take 2 (builtins.attrNames byName);
        };
      });
}
