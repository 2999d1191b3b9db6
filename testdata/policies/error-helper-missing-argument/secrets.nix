{ lib, ... }:
let
  mkHost = { name, key }: { inherit name; age = key; };
in
{
  flake.secrets.web = {
    recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = [
      (mkHost { name = "web1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; })
      (mkHost { name = "web2"; })
    ];
    secret.tls.targets = [ "web1" "web2" ];
  };
}
