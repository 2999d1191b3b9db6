{
  description = "Host keys collected into an attrset with builtins.listToAttrs from two sources where a re-provisioned host appears twice (listToAttrs keeps the first, the newer key), then a manual override merged with //; builtins.removeAttrs drops a retired host";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        reprovisioned = [ { name = "db2"; value = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
        original = [
          { name = "db1"; value = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
          { name = "db2"; value = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
          { name = "db3"; value = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
          { name = "db-old"; value = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; }
        ];
        hostKeys = builtins.removeAttrs (builtins.listToAttrs (reprovisioned ++ original) // { db3 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; }) [ "db-old" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.db = {
          recipients.admins = [ { name = "signe"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hostKeys;
          secret.replication-password.targets = lib.attrNames hostKeys;
          secret.backup-gpg.targets = [ "db2" ];
        };
      });
}
