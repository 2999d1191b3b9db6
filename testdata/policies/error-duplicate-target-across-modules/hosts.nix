{
  flake.secrets.prod.recipients.targets = [
    { name = "web1"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }
  ];
}
