{ config, ... }:
let d = config.org.domain; in
{
  org.domain = "example.org";
  flake.secrets.mail = {
    recipients.admins = [ { name = "postmaster"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = [ { name = "mx.${d}"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
    secret."dkim-${builtins.replaceStrings [ "." ] [ "_" ] d}".targets = [ "mx.${d}" ];
  };
}
