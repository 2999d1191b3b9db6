{
  description = "Replica names numbered with lib.imap1 and paired with keys from a newline-separated file with lib.zipListsWith; admins from lib.zipListsWith over names and typed-field pairs; a quorum secret for the first two replicas (lib.take)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        replicaKeys = lib.filter (k: k != "") (lib.splitString "\n" (builtins.readFile ./replica-keys.txt));
        replicas = lib.imap1 (i: key: { name = "etcd-${toString i}"; inherit key; }) replicaKeys;
        adminNames = [ "vera" "wim" ];
        adminKeys = [ "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79" "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.etcd = {
          recipients.admins = lib.zipListsWith (name: age: { inherit name age; }) adminNames adminKeys;
          recipients.targets = replicas;
          secret.peer-ca.targets = [ "*" ];
          secret.backup-encryption.targets = map (r: r.name) (lib.take 2 replicas);
          secret.client-cert = { admins = lib.tail adminNames; targets = [ (lib.last replicas).name ]; };
        };
      });
}
