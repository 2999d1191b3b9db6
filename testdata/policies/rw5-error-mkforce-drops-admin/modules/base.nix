{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "mia"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
      { name = "ops-bot"; kms = "arn:aws:kms:eu-north-1:135792468024:key/2b7e1516-28ae-d2a6-abf7-158809cf4f3c"; }
    ];
    secret.grafana-admin.admins = [ "mia" "ops-bot" ];
    secret.loki-s3.admins = [ "ops-bot" ];
  };
}
