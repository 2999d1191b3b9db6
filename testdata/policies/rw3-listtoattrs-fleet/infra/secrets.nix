{ lib, ... }:
let
  fleetList = import ./hosts.nix;
  fleet = builtins.listToAttrs (map (h: { name = h.hostname; value = h; }) fleetList);
  live = lib.filterAttrs (_: h: h.enabled) fleet;
  byEnv = env: lib.filterAttrs (_: h: h.env == env) live;
  asTargets = hosts: lib.mapAttrsToList (name: h: { inherit name; age = h.sshKey; }) hosts;
  ops = [
    { name = "ines"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
    { name = "oskar"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
  ];
in
{
  flake.secrets = lib.genAttrs [ "prod" "staging" ] (env: {
    recipients.admins = ops;
    recipients.targets = asTargets (byEnv env);
    secret = {
      nodeExporterToken.targets = [ "*" ];
      "wireguard-${env}".targets = builtins.attrNames (lib.filterAttrs (n: _: lib.hasPrefix "gw" n) (byEnv env));
    };
  });
}
