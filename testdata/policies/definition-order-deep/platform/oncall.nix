{
  imports = [ ./pager.nix ];
  flake.secrets.prod.recipients.admins = [ { name = "oncall"; age = "age1svtg92xpp7lvfe3peqgehwl7a93x3ck4k4jy4ynxmyy3sn5fkuxqkd53un"; } ];
}
