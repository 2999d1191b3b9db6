{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mkMerge [
    [ { name = "b1"; age = "age1svtg92xpp7lvfe3peqgehwl7a93x3ck4k4jy4ynxmyy3sn5fkuxqkd53un"; } ]
    [ { name = "b2"; age = "age1wgjd0qrrs6r37at3jfz4rraddm8gere6smjutt36pu9ecksuveksfx7v7s"; } ]
  ];
}
