{ lib, ... }:
{
  flake.secrets.prod = {
    # The production files live with the deployment.
    directory = "deploy/prod/secrets";
    # Only alice signs releases.
    secret.signingKey.admins = lib.mkForce [ "alice" ];
    # An extra target, appended after every other definition.
    recipients.targets = lib.mkAfter [ { name = "web2"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; } ];
    secret.apiKey.targets = [ "web2" ];
    # One secret kept in JSON next to the chart.
    secret.chartValues.file = lib.mkForce "deploy/prod/values.sops.json";
  };
}
