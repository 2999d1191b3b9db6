{ lib, ... }: {
  options.org.breakglass = lib.mkOption {
    type = lib.types.attrsOf lib.types.str;
    readOnly = true;
    description = "The break-glass recipient, kept offline.";
  };
  config.org.breakglass = { name = "breakglass"; pgp = "A1B2C3D4E5F60718293A4B5C6D7E8F9001122334"; };
}
