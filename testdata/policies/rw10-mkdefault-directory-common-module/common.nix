{ lib, ... }:
let groups = [ "dev" "prod" ]; in
{
  flake.secrets = lib.genAttrs groups (g: {
    directory = lib.mkDefault "vault/${g}";
    recipients.admins = [ { name = "lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  });
}
