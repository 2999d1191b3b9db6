{
  description = "Hosts selected with lib.filterAttrs and lib.matchAttrs patterns over inventory attributes (role db, site ber, both)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        select = pattern: lib.attrNames (lib.filterAttrs (_: lib.matchAttrs pattern) inventory);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.dc = {
          recipients.admins = [ { name = "jule"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) inventory;
          secret.pg-superuser.targets = select { role = "db"; };
          secret.ber-site-vpn.targets = select { site = "ber"; };
          secret.muc-web-cert.targets = select { role = "web"; site = "muc"; };
        };
      });
}
