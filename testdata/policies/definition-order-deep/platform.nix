{
  imports = [ ./platform/oncall.nix ./shared.nix ];
  flake.secrets.prod.recipients.admins = [ { name = "platform"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; } ];
}
