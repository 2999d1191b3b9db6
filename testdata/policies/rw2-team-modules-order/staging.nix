{ config, lib, ... }:
{
  flake.secrets.staging = {
    recipients.admins =
      builtins.filter (r: r.name != "pager") config.flake.secrets.prod.recipients.admins
      ++ [ { name = "ci"; key = "arn:aws:kms:us-east-1:444455556666:alias/staging-ci"; } ];
    secret.app-env = { };
  };
}
