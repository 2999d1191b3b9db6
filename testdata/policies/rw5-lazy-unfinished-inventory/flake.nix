{
  description = "An inventory with unfinished entries (a whole host that throws, a host whose key throws): Nix is lazy, so filtering by name and by an enabled flag never forces them; an unused assert in a let binding";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        ready = lib.filterAttrs (name: _: name != "ingest-3") inventory;
        enabled = lib.filterAttrs (_: h: h.enabled) ready;
        unusedCheck = assert builtins.length (lib.attrNames inventory) == 99; true;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.logs = {
          recipients.admins = [ { name = "mona"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) enabled;
          secret.kafka-sasl.targets = lib.attrNames enabled;
          secret.hosts-count = { admins = [ "mona" ]; targets = lib.optional (lib.length (lib.attrNames inventory) > 3) "ingest-1"; };
        };
      });
}
