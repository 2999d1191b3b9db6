{ lib }:
let
  keys = {
    pat = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
    quinn = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop";
  };
in
assert builtins.all (lib.hasPrefix "age1") (builtins.attrValues keys);
keys
