{
  description = "Admins sorted by name with lib.sort before use (declaration order is then alphabetical), hosts split by tier with lib.partition, the first gold host chosen with lib.findFirst, lib.take and lib.last for canaries";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = [
          { name = "zoe"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; }
          { name = "adam"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }
          { name = "mia"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; }
        ];
        hosts = [
          { name = "h1"; tier = "silver"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
          { name = "h2"; tier = "gold"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
          { name = "h3"; tier = "gold"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
          { name = "h4"; tier = "bronze"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
        ];
        split = lib.partition (h: h.tier == "gold") hosts;
        names = map (h: h.name);
        strip = h: { inherit (h) name age; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.sort (a: b: a.name < b.name) people;
          recipients.targets = map strip (split.right ++ split.wrong);
          secret = {
            goldLicense.targets = names split.right;
            primaryOnly.targets = [ (lib.findFirst (h: h.tier == "gold") null hosts).name ];
            canary = { targets = names (lib.take 1 split.wrong) ++ [ (lib.last hosts).name ]; admins = [ (lib.head (lib.sort (a: b: a.name > b.name) people)).name ]; };
          };
        };
      });
}
