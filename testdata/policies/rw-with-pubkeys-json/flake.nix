{
  description = "pubkeys.json read once; admins chosen by name with `with keys.users;`, a secret for every machine, repeated names in a selection, in the style of TUM-DSE/doctor-cluster-config";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromJSON (builtins.readFile ./pubkeys.json);
        adminNames = with keys.users; builtins.filter (n: n != "student1") (builtins.attrNames keys.users);
        # Every machine, and the student's laptop.
        all = builtins.attrNames (keys.machines // { inherit (keys.users) student1; });
        person = name: { inherit name; age = keys.users.${name}; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.cluster = {
          directory = "modules";
          recipients.admins = map person adminNames;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.machines
            ++ [ (person "student1") ];
          secret = lib.mapAttrs' (host: _: lib.nameValuePair "host-${host}" {
            file = "hosts/${host}.yml";
            targets = [ host ];
          }) keys.machines // {
            secrets = { file = "modules/secrets.yml"; targets = all; admins = adminNames; };
            nfs = { file = "modules/nfs/secrets.yml"; targets = [ "amy" "doctor" ]; };
            k3s = { file = "modules/k3s/secrets.yml"; targets = [ "astrid" "amy" "doctor" ]; };
            xrdp-passwords = {
              file = "modules/users/xrdp-passwords.yml";
              targets = [ "amy" "clara" "graham" "rose" "ryan" "ryan" ];
            };
          };
        };
      });
}
