{
  flake.secrets.prod = {
    recipients.admins = [ { name = "oncall"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "sre"; kms = "arn:aws:kms:eu-central-1:123456789012:alias/sre"; } ];
    secret.api = { };
    secret.root-ca.admins = [ "sre" ];
  };
}
