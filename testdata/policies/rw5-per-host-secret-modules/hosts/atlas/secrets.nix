{
  flake.secrets.fleet = {
    recipients.targets = [ { name = "atlas"; key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    secret."atlas-host-key".targets = [ "atlas" ];
  };
}
