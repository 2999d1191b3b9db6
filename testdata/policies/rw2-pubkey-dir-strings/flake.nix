{
  description = "Admins read from a directory of .pub files: names from builtins.readDir with lib.removeSuffix and lib.hasSuffix, keys with lib.removeSuffix newline, host names from SSH key comments (split at @), lib.toLower and replaceStrings on names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        pubFiles = lib.filterAttrs (f: type: type == "regular" && lib.hasSuffix ".pub" f) (builtins.readDir ./pubkeys);
        admins = lib.mapAttrsToList (f: _: {
          name = lib.toLower (lib.removeSuffix ".pub" f);
          age = lib.removeSuffix "\n" (builtins.readFile (./pubkeys + "/${f}"));
        }) pubFiles;
        hostKeys = lib.splitString "\n" (lib.removeSuffix "\n" (builtins.readFile ./hosts.keys));
        hostName = key: builtins.replaceStrings [ "." ] [ "-" ] (builtins.head (lib.splitString "@" (lib.last (lib.splitString " " key))));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.homelab = {
          recipients.admins = admins;
          recipients.targets = map (key: { name = hostName key; age = key; }) hostKeys;
          secret.wifi-psk.targets = [ "*" ];
          secret.nas-smb.targets = [ "nas-lan" ];
        };
      });
}
