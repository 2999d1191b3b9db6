{ lib, ... }:
let
  admins = map (n: { name = n; age = lib.fileContents (./keys + "/${n}"); }) [ "quentin" "ruth" ];
in
{
  flake.secrets = lib.genAttrs [ "prod" "staging" ] (_: { recipients.admins = admins; });
}
