{
  description = "The inventory is its own small module system, evaluated with lib.evalModules; the policy reads its config";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = (lib.evalModules {
          modules = [ ./inventory-options.nix ./hosts/gateway.nix ./hosts/storage.nix ./hosts/storage-vpn.nix ];
        }).config;
        running = svc: lib.attrNames (lib.filterAttrs (_: h: lib.elem svc h.services) inventory.hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.homelab = {
          recipients.admins = [ { name = "me"; age = "age1scl73pkv3d7x8jzkzjgfmnle8m6cq2mn0zs8zlfeyj0x5cwkk49s2lgqpl"; } ];
          recipients.targets = lib.mapAttrsToList (_: h: { name = h.hostName; age = h.ageKey; }) inventory.hosts;
          secret = lib.genAttrs [ "wireguard" "caddy" "minio" "restic" ] (svc: { targets = running svc; });
        };
      });
}
