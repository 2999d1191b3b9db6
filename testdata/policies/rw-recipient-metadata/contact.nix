# Recipients carry contact details (for the rotation runbook): the option type
# of both recipient lists is extended with email and github.
{ lib, ... }:
let
  contact = lib.types.submodule {
    options.email = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
    options.github = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
  };
in
{
  options.flake.secrets = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.recipients.admins = lib.mkOption { type = lib.types.listOf contact; };
      options.recipients.targets = lib.mkOption { type = lib.types.listOf contact; };
    });
  };
}
