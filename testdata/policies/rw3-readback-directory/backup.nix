{ config, lib, ... }:
let
  prod = config.flake.secrets.prod;
  humans = lib.filter (r: !(lib.strings.hasPrefix "ci-" r.name)) prod.recipients.admins;
in
{
  flake.secrets.backup = {
    directory = "${prod.directory}/backup";
    recipients.admins = map (r: { inherit (r) name age; }) humans;
    recipients.targets = [ { name = "restic"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ];
    secret = lib.mapAttrs' (name: _: lib.nameValuePair "${name}-backup" { targets = [ "restic" ]; }) prod.secret;
  };
  flake.prodSecretFiles = lib.mapAttrs (_: s: s.file) prod.secret;
}
