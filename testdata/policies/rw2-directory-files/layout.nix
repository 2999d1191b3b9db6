{ lib, ... }:
{
  # prod keeps its secrets where the old tooling put them.
  flake.secrets.prod.directory = "ops/prod+eu.v2";
  flake.secrets.prod.secret.legacy = { file = "ops/prod+eu.v2/legacy.ini"; targets = [ "*" ]; };
  flake.secrets.prod.secret.keytab.file = lib.mkForce "ops/krb5.keytab";
}
