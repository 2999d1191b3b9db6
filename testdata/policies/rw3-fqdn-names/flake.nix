{
  description = "Hosts known by FQDN (from a DNS zone dump): short names cut with lib.splitString and builtins.head, underscores replaced, roles parsed with builtins.match; the site name read from the domain with builtins.elemAt; secret names lowercased from constants";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        zone = [
          { fqdn = "pg_primary-01.fra.acme.net"; key = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }
          { fqdn = "pg_replica-02.fra.acme.net"; key = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
          { fqdn = "haproxy-01.fra.acme.net"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }
        ];
        short = fqdn: builtins.replaceStrings [ "_" ] [ "-" ] (builtins.head (lib.splitString "." fqdn));
        site = fqdn: builtins.elemAt (lib.splitString "." fqdn) 1;
        role = name: builtins.head (builtins.match "([a-z]+)-.*" name);
        hosts = map (h: { name = short h.fqdn; age = h.key; }) zone;
        ofRole = r: map (h: h.name) (builtins.filter (h: role h.name == r) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.${site (builtins.head zone).fqdn} = {
          recipients.admins = [ { name = "dc-ops"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ];
          recipients.targets = hosts;
          secret.${lib.toLower "PGREPL"}.targets = ofRole "pg";
          secret.${lib.toLower "HAPROXY_STATS"}.targets = ofRole "haproxy";
        };
      });
}
