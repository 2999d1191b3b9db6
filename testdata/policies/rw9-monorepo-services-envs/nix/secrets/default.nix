{ lib, ... }:
let
  people = import ./people.nix;
  services = import ./services.nix;
  hosts = lib.importJSON ./hosts.json;
  envs = lib.unique (lib.concatMap (s: s.envs) (lib.attrValues services));
  admins = map ({ name, value }: { inherit name; age = value; }) (lib.attrsToList people.sre);
  extraAdmins = lib.unique (lib.concatMap (s: s.owners or [ ]) (lib.attrValues services));
  groupFor = env: {
    recipients.admins = admins ++ map (n: { name = n; age = people.devs.${n}; }) (lib.filter (n: people.devs ? ${n}) extraAdmins);
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.key; }) (lib.filterAttrs (_: h: h.env == env) hosts);
  };
  secretsFor = env: lib.foldl' (acc: sname:
    let s = services.${sname}; in
    if lib.elem env s.envs then lib.recursiveUpdate acc {
      secret = lib.genAttrs (map (x: "${sname}-${x}") s.secrets) (_: {
        targets = lib.filter (h: hosts.${h}.env == env) s.hosts;
        admins = map (a: a.name) admins ++ (s.owners or [ ]);
      });
    } else acc) { } (lib.attrNames services);
  exceptions = {
    prod.secret.billing-stripe.admins = [ "sre-ana" ];
  };
in
{
  flake.secrets = lib.genAttrs envs (env:
    let g = lib.recursiveUpdate (groupFor env) (secretsFor env); in
    g // { secret = lib.mapAttrs (n: s: s // (lib.overrideExisting s ((exceptions.${env} or { }).secret.${n} or { }))) g.secret; });
}
