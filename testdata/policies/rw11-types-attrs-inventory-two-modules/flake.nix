{
  description = "an inventory option of type types.attrs (shallow merge) gets people from people.nix and hosts from hosts.nix; the policy reads config.inventory";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./people.nix ./hosts.nix ];
      options.inventory = lib.mkOption { type = lib.types.attrs; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.lab = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) config.inventory.people;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) config.inventory.hosts;
          secret.grafana-admin.targets = [ "mon" ];
          secret.minio-root.targets = [ "nas" "mon" ];
        };
      };
    });
}
