{ name, lib, ... }: {
  options.domain = lib.mkOption { type = lib.types.str; default = "example.org"; };
  config.fqdn = lib.mkDefault name;
  config.roles = lib.mkAfter [ "domain" ];
}
