{ name, ... }:
{
  directory = "secrets/${name}";
  recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  recipients.targets = [ { name = "db1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  secret.pg.targets = [ "db-1" ];
}
