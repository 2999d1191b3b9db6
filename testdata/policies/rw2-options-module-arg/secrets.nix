{ lib, config, options, getSystem, moduleWithSystem, flake-parts-lib, ... }:
{
  flake.secrets.prod = {
    recipients.targets = [ { name = "box"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
    secret.token.targets = lib.optional (options ? flake) "box";
  };
}
