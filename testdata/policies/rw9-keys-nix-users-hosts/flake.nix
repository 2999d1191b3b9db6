{
  description = "keys.nix in the style of a hand-written .sops.yaml (users and hosts attrsets, a rec set of groups of them), turned into recipients with mapAttrsToList over lib.getAttrs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        toRecipients = lib.mapAttrsToList (name: age: { inherit name age; });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-darwin" ];
        flake.secrets = {
          personal = {
            recipients.admins = toRecipients (lib.getAttrs keys.groups.owners keys.users);
            recipients.targets = toRecipients keys.hosts;
            secret.email.targets = [ "laptop" "desktop" ];
            secret.syncthing.targets = [ "*" ];
            secret.borg = { targets = [ "nas" ]; file = "secrets/personal/borg.env"; };
          };
          family = {
            recipients.admins = toRecipients (lib.getAttrs keys.groups.family keys.users);
            secret.wifi = { };
          };
        };
      });
}
