{
  description = "Host keys taken line by line from a known_hosts file (ssh-keyscan output): each line still starts with the host name, so the key's type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile ./known_hosts));
        hostOf = line: builtins.head (lib.splitString " " line);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.lab = {
          recipients.admins = [ { name = "vera"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
          recipients.targets = map (line: { name = hostOf line; key = line; }) lines;
          secret.nfsKrb5Keytab.targets = [ "*" ];
        };
      });
}
