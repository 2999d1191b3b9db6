{
  description = "Vault unseal shares: key holders sorted with lib.sortOn by seniority and lib.naturalSort for names (node-2 before node-10); the three most senior get the root token, lib.sublist picks the rest; lib.reverseList for a standby list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        holders = [
          { name = "uwe"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; since = 2019; }
          { name = "vivi"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; since = 2016; }
          { name = "walt"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; since = 2021; }
          { name = "xiu"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; since = 2018; }
          { name = "yoel"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; since = 2023; }
        ];
        bySeniority = map (h: h.name) (lib.sortOn (h: h.since) holders);
        nodes = lib.naturalSort [ "node-10" "node-2" "node-1" ];
        nodeKeys = { node-1 = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; node-2 = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; node-10 = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.vault = {
          recipients.admins = map (h: { inherit (h) name age; }) holders;
          recipients.targets = map (n: { name = n; key = nodeKeys.${n}; }) nodes;
          secret.root-token.admins = lib.take 3 bySeniority;
          secret.recovery-share.admins = lib.sublist 3 2 bySeniority;
          secret.raft-tls = { admins = [ (lib.head bySeniority) ]; targets = lib.reverseList nodes; };
        };
      });
}
