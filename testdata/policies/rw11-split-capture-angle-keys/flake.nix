{
  description = "people.txt lines \"Full Name <key>\"; builtins.split with a capture group pulls the key, the name is slugged with lib.toLower and replaceStrings";

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
          { name = lib.toLower (builtins.replaceStrings [ " " ] [ "-" ] (builtins.head parts)); key = builtins.head (builtins.elemAt parts 1); };
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
