{ lib, ... }:
let admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; in
{
  flake.secrets = lib.genAttrs [ "dev" "prod" "qa" ] (g: {
    directory = lib.mkDefault "secrets/generated/${g}";
    recipients.admins = admins;
    secret.app-env.file = lib.mkDefault "secrets/generated/${g}/app.env";
  });
}
