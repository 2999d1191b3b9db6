{
  description = "mistake: the mediabox was decommissioned and its directory removed, but restic-repo still lists it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostNames = lib.attrNames (lib.filterAttrs (_: type: type == "directory") (builtins.readDir ./hosts));
        hostKey = h: lib.fileContents (./hosts + "/${h}/ssh_host_ed25519_key.pub");
        admins = import ./users.nix;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];

        flake.secrets.fleet = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) admins;
          recipients.targets = map (h: { name = h; age = hostKey h; }) hostNames;
          secret = lib.genAttrs hostNames (h: {
            targets = [ h ];
            file = "hosts/${h}/secrets.yaml";
          }) // {
            wifi.targets = [ "*" ];
            restic-repo.targets = [ "nas" "mediabox" ];
          };
        };
      });
}
