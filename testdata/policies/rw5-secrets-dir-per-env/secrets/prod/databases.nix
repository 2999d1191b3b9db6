{
  flake.secrets.prod.recipients.targets = [
    { name = "pg-prod"; key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; }
  ];
  flake.secrets.prod.secret.pg-replication = { targets = [ "pg-prod" ]; admins = [ "marc" ]; };
}
