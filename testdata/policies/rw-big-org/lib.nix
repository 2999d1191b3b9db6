# Shared helpers of the organisation's policy.
{ lib }:
rec {
  people = (lib.importJSON ./people.json).people;
  hosts = lib.importJSON ./hosts.json;

  asRecipient = name: attrs: { inherit name; inherit (attrs) age; };
  hostsWhere = pred: lib.filterAttrs (_: pred) hosts;
  hostsIn = env: hostsWhere (h: h.env == env);
  namesWhere = pred: lib.attrNames (hostsWhere pred);
  peopleOf = team: lib.attrNames (lib.filterAttrs (_: p: p.team == team) people);
  leads = lib.attrNames (lib.filterAttrs (_: p: p.lead) people);

  # A group per environment: the leads and the environment's oncall people are admins.
  envGroup = env: {
    recipients.admins = lib.mapAttrsToList asRecipient
      (lib.filterAttrs (_: p: p.lead || (p.oncall && env != "dev")) people);
    recipients.targets = lib.mapAttrsToList asRecipient (hostsIn env);
  };

  # One secret per service of a team, readable by the hosts of that role.
  serviceSecrets = env: team: secretsByRole:
    lib.concatMapAttrs (role: names: lib.genAttrs (map (n: "${role}-${n}") names) (_: {
      targets = namesWhere (h: h.env == env && h.role == role);
    })) secretsByRole
    // { "${team}-team-token".admins = lib.filter (p: lib.elem p (envGroupAdmins env)) (peopleOf team ++ leads); };

  envGroupAdmins = env: map (r: r.name) (envGroup env).recipients.admins;
  envs = lib.unique (lib.mapAttrsToList (_: h: h.env) hosts);
}
