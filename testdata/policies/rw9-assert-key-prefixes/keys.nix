{ lib }:
let
  keys = { ops = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; box = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; };
in
assert lib.assertMsg (lib.all (k: lib.hasPrefix "age1" k || lib.hasPrefix "ssh-" k) (lib.attrValues keys)) "keys.nix: unexpected key format";
keys
