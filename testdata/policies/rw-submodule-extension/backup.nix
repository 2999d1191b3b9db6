# Extends the module's own option types: every group gets the backup host as a
# target and every secret selects it, whatever the groups and secrets are.
{ lib, ... }:
{
  options.flake.secrets = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      config.recipients.targets = [ { name = "backup"; age = "age1qyu7hw5myz90lhy2nfrr6yzkeuxdpycldtaeevy3cykwgeq5j9yqxwg9r6"; } ];
      options.secret = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule { config.targets = [ "backup" ]; });
      };
    });
  };
}
