{
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "bob"; pgp = "FEDCBA9876543210FEDCBA9876543210FEDCBA98"; } ];
    recipients.targets = [ { name = "api"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "queue"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
    secret.db.targets = [ "api" ];
    secret.amqp.targets = [ "api" "queue" ];
  };
}
