{
  description = "inventory.nix describes optional services; secrets exist only when lib.hasAttrByPath finds the service, with lib.attrByPath defaults for hosts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = import ./inventory.nix;
        has = p: lib.hasAttrByPath p inv.services;
        hostsOf = p: lib.attrByPath (p ++ [ "hosts" ]) [ ] inv.services;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.main = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) inv.hosts;
          secret = lib.optionalAttrs (has [ "mail" "postfix" ]) { postfix-sasl.targets = hostsOf [ "mail" "postfix" ]; }
            // lib.optionalAttrs (has [ "mail" "dovecot" ]) { dovecot-ldap.targets = hostsOf [ "mail" "dovecot" ]; }
            // lib.optionalAttrs (has [ "monitoring" "grafana" ]) { grafana-admin.targets = hostsOf [ "monitoring" "grafana" ]; }
            // { root-password.targets = [ "*" ]; };
        };
      });
}
