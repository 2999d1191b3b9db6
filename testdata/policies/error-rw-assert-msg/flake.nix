{
  description = "The team's own check of its key list (lib.assertMsg) fails";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostKeys = { web = "age1nhscpxyp0p9nh8d859v89zrqmk2wa9ngqlkk2rpt293fu9mv63gsh6m7t7"; legacy = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGQk4tOHBWTyfI9+hfSpJV2EU/Janj4rdg5Vd5KEZ9p"; };
        ageOnly = lib.assertMsg (lib.all (lib.hasPrefix "age1") (lib.attrValues hostKeys)) "hosts: every host key must be an age1 key (run ssh-to-age on SSH host keys)";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = assert ageOnly; {
          recipients.admins = [ { name = "ops"; age = "age1a4wj5czhga9q4h094zzr5jzezaf07c8pmq49ktvw9trmanqsdylsy72kar"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hostKeys;
          secret.tls.targets = [ "web" ];
        };
      });
}
