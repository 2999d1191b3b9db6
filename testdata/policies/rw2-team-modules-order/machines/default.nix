{ lib, ... }:
let
  enableGpu = false;
in
{
  flake.secrets.prod.recipients.targets = lib.mkMerge [
    [ { name = "app-1"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ]
    (lib.mkIf (!enableGpu) [ { name = "app-2"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ])
    (lib.mkIf enableGpu [ { name = "gpu-1"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ])
  ];
  flake.secrets.prod.secret.app-env.targets = [ "app-2" "app-1" ];
}
