{
  description = "Hosts of all regions concatenated; each region has its own host named bastion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        regions = lib.importJSON ./hosts.json;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.global = {
          recipients.admins = [ { name = "ops"; age = "age1np3jt6gatcz2p8zrmdz8dek86he93s9ft30zk4c7cqns49ephgssz5760u"; } ];
          recipients.targets = lib.concatMap (region: lib.mapAttrsToList (name: age: { inherit name age; }) regions.${region}) (lib.attrNames regions);
          secret.ssh-ca.targets = [ "*" ];
        };
      });
}
