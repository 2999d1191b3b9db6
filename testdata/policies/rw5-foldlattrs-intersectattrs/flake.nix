{
  description = "Secrets assembled with lib.foldlAttrs over a service map; each service's hosts narrowed to the known inventory with builtins.intersectAttrs; lib.getAttrs picks the admin subset of a people map";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = {
          ada = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; ben = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; cy = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4";
        };
        inventory = { app1 = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; app2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; };
        services = {
          api = { hosts = { app1 = true; app2 = true; }; owners = [ "ada" ]; };
          cron = { hosts = { app2 = true; gone = true; }; owners = [ "ben" "cy" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.apps = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) (lib.getAttrs [ "ada" "ben" "cy" ] people);
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) inventory;
          secret = lib.foldlAttrs (acc: svc: def: acc // {
            "${svc}-env" = {
              admins = def.owners;
              targets = lib.attrNames (builtins.intersectAttrs inventory def.hosts);
            };
          }) { } services;
        };
      });
}
