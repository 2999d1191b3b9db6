{ lib, ... }:
assert lib.versionAtLeast "1.0" "2.0";
{
  flake.secrets.app.secret.api = { };
}
