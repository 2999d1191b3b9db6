{ lib, ... }:
{
  flake.secrets.prod = {
    directory = "infra/secrets/prod";
    recipients.admins = [
      { name = "sre-oncall"; age = "age10prkp525p9u35zxxk2gpky7y7q0ryrgrs37ttflq778mljsk79dq60qff0"; }
      { name = "sre-lead"; age = "age1ssucjrn9gj0zsk05pwd8sxr48vx0ccquajys24e6vx9wrtscgsdqukxr55"; }
    ];
    recipients.targets = [
      { name = "api-1"; age = "age10890dydkru422679wkh8pwcdl83dp985l54dug9tpr4v8anmkatqqwd5dk"; }
      { name = "api-2"; age = "age1np3jt6gatcz2p8zrmdz8dek86he93s9ft30zk4c7cqns49ephgssz5760u"; }
      { name = "mailer"; age = "age1nhscpxyp0p9nh8d859v89zrqmk2wa9ngqlkk2rpt293fu9mv63gsh6m7t7"; }
    ];
    secret.smtp.targets = [ "mailer" ];
    secret.s3-credentials = {
      targets = lib.mkForce [ "api-1" ];
      admins = lib.mkOverride 900 [ "sre-lead" ];
    };
  };
}
