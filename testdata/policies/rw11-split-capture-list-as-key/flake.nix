{
  description = "the key is the whole capture list of builtins.split (elemAt parts 1 is [ key ]): a list of one string, which the key field accepts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./people.txt));
        parse = l:
          let parts = builtins.split "[[:space:]]*<([^>]+)>" l; in
          { name = lib.toLower (builtins.replaceStrings [ " " ] [ "-" ] (builtins.head parts)); key = builtins.elemAt parts 1; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.team = {
          recipients.admins = map parse lines;
          secret.shared-mailbox = { };
        };
      });
}
