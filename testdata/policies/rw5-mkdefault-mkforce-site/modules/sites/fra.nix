{ lib, ... }:
{
  flake.secrets.edge = {
    directory = "sites/fra/secrets";
    recipients.admins = [
      { name = "netops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
      { name = "fra-noc"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
    ];
    recipients.targets = [
      { name = "fra-rtr1"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; }
      { name = "fra-rtr2"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }
      { name = "fra-lab"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
    ];
    # the lab router must never get production BGP keys
    secret.bgp-md5.targets = lib.mkForce [ "fra-rtr1" "fra-rtr2" ];
  };
}
