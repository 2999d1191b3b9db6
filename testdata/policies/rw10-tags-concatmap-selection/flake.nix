{
  description = "hosts carry tags; a selection helper unions hosts of several tags with lib.concatMap and lib.unique; secrets pick by tag lists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          ams-web-1 = { tags = [ "web" "ams" ]; key = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; };
          ams-db-1 = { tags = [ "db" "ams" ]; key = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
          nyc-web-1 = { tags = [ "web" "nyc" ]; key = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; };
          nyc-cache-1 = { tags = [ "cache" "nyc" ]; key = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; };
        };
        tagged = tag: lib.attrNames (lib.filterAttrs (_: h: lib.elem tag h.tags) hosts);
        anyOf = tags: lib.unique (lib.concatMap tagged tags);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.global = {
          recipients.admins = [ { name = "noc"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret.redis-auth.targets = anyOf [ "cache" "web" ];
          secret.ams-vpn.targets = anyOf [ "ams" ];
          secret.pg-dsn.targets = anyOf [ "web" "db" ];
        };
      });
}
