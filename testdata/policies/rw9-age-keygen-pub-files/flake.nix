{
  description = "public keys stored as age-keygen style files (# created / # public key comment lines, then the key); the key is the last non-comment line, read with splitString, filter and lib.last; names from the file names via removeSuffix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        readAgeFile = path: lib.last (lib.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile path)));
        dir = ./keys/people;
        files = lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".age.pub" n) (builtins.readDir dir);
        people = lib.mapAttrsToList (file: _: { name = lib.removeSuffix ".age.pub" file; age = readAgeFile (dir + "/${file}"); }) files;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.team = {
          recipients.admins = people;
          secret.vpn-psk = { };
          secret.ldap-bind.admins = [ "jo" "sam" ];
        };
      });
}
