{
  flake.secrets.prod.recipients.admins = [
    { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
    { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
  ];
}
