{
  description = "keys.json read with builtins.fromJSON (builtins.readFile), people with optional kms/pgp fields via 'or', machines as an object of SSH host keys, team membership filtered from JSON, flake.secrets = { prod.recipients = ...; } form";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = builtins.fromJSON (builtins.readFile ./keys.json);
        person = p: {
          inherit (p) name;
          age = p.age or [ ];
          kms = p.kms or [ ];
          pgp = p.pgp or [ ];
        };
        ops = builtins.filter (p: builtins.elem "ops" p.teams) inventory.people;
        machine = name: m: { inherit name; age = m.ssh; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets = {
          prod.recipients = {
            admins = map person ops;
            targets = lib.mapAttrsToList machine inventory.machines;
          };
          prod.secret = {
            grafana-admin.targets = [ "monitor" ];
            backup-key = { admins = [ "carol" ]; targets = [ "*" ]; };
          };
          dev.recipients.admins = map person inventory.people;
          dev.secret."api.token" = { };
        };
      });
}
