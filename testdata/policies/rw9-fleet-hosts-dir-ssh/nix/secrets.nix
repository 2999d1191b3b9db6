{ lib, ... }:
let
  hostsDir = ../hosts;
  hosts = lib.filterAttrs (_: type: type == "directory") (builtins.readDir hostsDir);
  hostKey = name: lib.fileContents (hostsDir + "/${name}/ssh_host_ed25519_key.pub");
in
{
  flake.secrets.infra = {
    recipients.admins = [
      { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
      { name = "bob"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
    ];
    recipients.targets = lib.mapAttrsToList (name: _: { inherit name; age = hostKey name; }) hosts;
    secret = lib.concatMapAttrs (name: _: {
      "wg-${name}" = { targets = [ name ]; };
    }) hosts // {
      restic-password.targets = [ "*" ];
    };
  };
}
