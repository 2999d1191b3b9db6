{
  description = "Inventory with nullable fields: lib.optional (x != null), lib.toList on a string-or-list ssh field, lib.filter on null hosts (not yet provisioned)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = {
          a = { age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; ssh = null; };
          b = { age = null; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; };
          c = { age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; ssh = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop" ]; };
          d = null;
        };
        live = lib.filterAttrs (_: v: v != null) inv;
        rec' = name: v: { inherit name; age = lib.optional (v.age != null) v.age ++ lib.optionals (v.ssh != null) (lib.toList v.ssh); };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.fleet = {
          recipients.admins = [ { name = "root"; pgp = "1234567890123456789012345678901234567890"; } ];
          recipients.targets = lib.mapAttrsToList rec' live;
          secret.ntp-key.targets = [ "*" ];
          secret.c-only.targets = [ "c" ];
        };
      });
}
