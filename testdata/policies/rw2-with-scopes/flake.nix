{
  description = "with lib; and with a keys file, inherit (import ./keys.nix) in a let (let bindings shadow with), inherit (keys.people) in a recipient, lib.optional and lib.optionals building lists, rec attrsets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        inherit (keys) people;
        withBackup = true;
      in
      with lib;
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.infra = with keys.people; rec {
          recipients.admins = [
            { name = "ivy"; age = ivy; }
            { name = "jun"; inherit (keys.people) age; }
          ] ++ optional withBackup { name = "backup"; pgp = keys.backupFingerprint; }
            ++ optionals (!withBackup) [ { name = "never"; age = ivy; } ];
          recipients.targets = mapAttrsToList (name: age: { inherit name age; }) keys.servers;
          secret = genAttrs (attrNames keys.servers) (s: { targets = [ s ]; })
            // { shared.targets = map (t: t.name) recipients.targets; };
        };
      });
}
