{ localFlake }:
{ lib, ... }: {
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) localFlake.hostNames;
    secret.db.targets = [ "web" ];
  };
}
