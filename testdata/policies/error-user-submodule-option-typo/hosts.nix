{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  inEnv = env: lib.filterAttrs (_: h: h.env == env) config.hosts;
in
{
  options.hosts = mkOption {
    type = types.attrsOf (types.submodule {
      options.env = mkOption { type = types.enum [ "prod" "staging" ]; };
      options.key = mkOption { type = types.str; };
    });
  };
  config.flake.secrets = lib.genAttrs [ "prod" "staging" ] (env: {
    recipients.admins = [ { name = "ida"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) (inEnv env);
    secret.pgbouncerAuth.targets = [ "*" ];
  });
}
