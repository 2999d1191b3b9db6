{
  description = "Mistake: a secret selects \"web-03\" while the inventory (hosts.json, twelve hosts) calls it web03";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = lib.importJSON ./hosts.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.web = {
          recipients.admins = [ { name = "webops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret.tls-wildcard.targets = lib.filter (lib.hasPrefix "web") (lib.attrNames hosts);
          secret.legacy-php-session.targets = [ "web01" "web-03" ];
        };
      });
}
