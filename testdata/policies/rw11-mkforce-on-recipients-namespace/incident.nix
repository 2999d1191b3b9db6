{ lib, ... }: {
  # INC-2291: ben's laptop was stolen; only ana until the key is rotated.
  flake.secrets.prod.recipients = lib.mkForce {
    admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  };
}
