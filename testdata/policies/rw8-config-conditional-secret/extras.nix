{ lib, config, ... }:
let s = config.flake.secrets; in
{
  flake.secrets.staging.secret.seed-data = lib.mkIf (s ? staging && s.staging.recipients.targets != [ ]) {
    targets = map (t: t.name) s.staging.recipients.targets;
  };
}
