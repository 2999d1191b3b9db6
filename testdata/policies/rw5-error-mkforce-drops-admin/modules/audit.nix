{ lib, ... }:
{
  # SOC2 finding: only humans may hold prod secrets.
  flake.secrets.prod.recipients.admins = lib.mkForce [
    { name = "mia"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
    { name = "nils"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
  ];
}
