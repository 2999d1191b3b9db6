# Staging mirrors production: the same people (not prod's CI), its own machines,
# the same secrets with the same selections.
{ config, lib, ... }:
let
  prod = config.flake.secrets.prod;
in
{
  flake.secrets.staging = {
    recipients.admins = lib.filter (r: !lib.hasPrefix "ci-" r.name) prod.recipients.admins
      ++ [ { name = "ci-staging"; kms = "arn:aws:kms:eu-west-1:444455556666:alias/sops-staging"; } ];
    recipients.targets = map (r: r // { name = "stg-${r.name}"; }) prod.recipients.targets;
    secret = lib.mapAttrs (_: s: {
      targets = map (t: if t == "*" then t else "stg-${t}") s.targets;
      admins = lib.filter (a: !lib.hasPrefix "ci-" a) s.admins ++ [ "ci-staging" ];
    }) prod.secret;
  };
}
