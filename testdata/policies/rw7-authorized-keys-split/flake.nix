{
  description = "Each admin's keys come from keys/<name>.keys (an authorized_keys style file: comments, blank lines); lib.splitString + filter on hasPrefix drops comments and blanks; hosts from lib.fileContents of .pub files";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        readKeys = f: builtins.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile f));
        admin = name: { inherit name; key = readKeys ./keys/${name}.keys; };
        host = name: { inherit name; age = lib.fileContents ./keys/${name}.pub; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = {
          recipients.admins = map admin [ "alice" "bob" ];
          recipients.targets = map host [ "mail" "git" ];
          secret.dkim.targets = [ "mail" ];
          secret.gitea-secret.targets = [ "git" ];
        };
      });
}
