{
  description = "A host inventory split into groups with lib.groupBy on each host's env, admin names taken with builtins.catAttrs, host names parsed from key file names with builtins.match, a key list file split with builtins.split, lib.partition of hosts into targets that get every secret and the rest, lib.findFirst for the CI key, foldl' building the per-host secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = import ./inventory.nix;
        byEnv = lib.groupBy (h: h.env) inventory.hosts;
        keyLines = builtins.filter (l: builtins.isString l && l != "" && !lib.hasPrefix "#" l) (builtins.split "\n" (builtins.readFile ./admins.keys));
        admins = lib.imap0 (i: key: { name = builtins.elemAt (builtins.catAttrs "name" inventory.people) i; inherit key; }) keyLines;
        ci = lib.findFirst (p: lib.hasInfix "ci" p.name) null inventory.people;
        hostName = f: builtins.head (builtins.match "host_(.*)[.]pub" f);
        mkGroup = env: hosts:
          let parts = lib.partition (h: h.role == "core") hosts; in
          {
            recipients.admins = admins ++ lib.optional (ci != null && env == "prod") { inherit (ci) name; kms = ci.kms; };
            recipients.targets = map (h: { name = hostName h.file; age = lib.removeSuffix "\n" (builtins.readFile (./hostkeys + "/${h.file}")); }) hosts;
            secret = builtins.foldl' (acc: h: acc // { "${hostName h.file}-identity".targets = [ (hostName h.file) ]; }) {
              shared.targets = map (h: hostName h.file) parts.right;
            } parts.wrong;
          };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkGroup byEnv;
      });
}
