{
  description = "Per-host secrets generated with lib.concatMapAttrs over an inventory, with lib.optionalAttrs per feature flag and a shared secret added with lib.optionalAttrs on a global switch";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        enableMonitoring = true;
        enableLegacyVpn = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.homelab = {
          recipients.admins = [ { name = "me"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) inventory;
          secret =
            lib.concatMapAttrs (host: h:
              lib.optionalAttrs h.wireguard { "${host}-wg-private" = { targets = [ host ]; }; }
              // lib.optionalAttrs h.backups { "${host}-restic" = { targets = [ host ]; file = "secrets/restic/${host}.env"; }; })
              inventory
            // lib.optionalAttrs enableMonitoring { grafana-admin.targets = [ "alpha" ]; }
            // lib.optionalAttrs enableLegacyVpn { openvpn-ta.targets = [ "*" ]; };
        };
      });
}
