{
  description = "flake.secrets is a mkMerge of one definition per environment (map over a list) plus a prod-only addition under mkIf; the environments share a hosts-by-env table";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        envs = [ "dev" "staging" "prod" ];
        hostKeys = {
          dev = { dev-box = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; };
          staging = { stg-1 = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; stg-2 = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
          prod = { prd-1 = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; prd-2 = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; prd-3 = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; };
        };
        enablePciScope = true;
        envModule = env: {
          ${env} = {
            recipients.admins = [ { name = "ops"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
            recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hostKeys.${env};
            secret.app.targets = [ "*" ];
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mkMerge (map envModule envs ++ [
          (lib.mkIf enablePciScope {
            prod.recipients.admins = [ { name = "qsa-auditor"; pgp = "AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12"; } ];
            prod.secret.cardholder-db = { admins = [ "qsa-auditor" ]; targets = [ "prd-1" ]; };
          })
        ]);
      });
}
