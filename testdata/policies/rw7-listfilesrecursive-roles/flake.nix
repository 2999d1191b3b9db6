{
  description = "keys/admins/*.pub and keys/hosts/*.pub found with lib.filesystem.listFilesRecursive; name from baseNameOf minus .pub, role from the parent directory; a README and a .txt are skipped by hasSuffix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        files = builtins.filter (lib.hasSuffix ".pub") (map toString (lib.filesystem.listFilesRecursive ./keys));
        entry = f: {
          name = lib.removeSuffix ".pub" (baseNameOf f);
          role = baseNameOf (dirOf f);
          key = lib.fileContents f;
        };
        entries = map entry files;
        rec' = e: { inherit (e) name key; };
        ofRole = r: map rec' (builtins.filter (e: e.role == r) entries);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.home = {
          recipients.admins = ofRole "admins";
          recipients.targets = ofRole "hosts";
          secret.wifi-psk.targets = [ "*" ];
          secret.nas-backup.targets = [ "nas" ];
        };
      });
}
