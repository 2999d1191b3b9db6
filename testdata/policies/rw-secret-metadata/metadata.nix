# Adds the team's own fields to every secret: an owner team and a description,
# and makes every secret readable by its owner team's lead.
{ lib, config, ... }:
let
  leads = { payments = "pay-lead"; identity = "id-lead"; };
in
{
  options.flake.secrets = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.secret = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ config, ... }: {
          options.owner = lib.mkOption { type = lib.types.enum (lib.attrNames leads); };
          options.description = lib.mkOption { type = lib.types.str; default = ""; };
          config.admins = lib.mkDefault [ leads.${config.owner} ];
        }));
      };
    });
  };
}
