{
  description = "The primary database host taken as the head of the hosts whose name starts with pg-, after the hosts were renamed to postgres-: head of an empty list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { postgres-1 = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; postgres-2 = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; app = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; };
        primary = builtins.head (lib.filter (lib.hasPrefix "pg-") (builtins.attrNames hosts));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "nils"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret.replicationSlotPassword.targets = [ primary ];
          secret.appDbUrl.targets = [ "app" ];
        };
      });
}
