{
  flake.secrets.prod = {
    recipients.admins = [ { name = "jon"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
    recipients.targets = [ { name = "app"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ];
    secret.dbUrl = { };
    secret.jwtKey = { };
  };
}
