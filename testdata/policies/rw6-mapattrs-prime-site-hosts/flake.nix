{
  description = "Hosts kept in hosts.json keyed by short name with a site; lib.mapAttrs' renames them to <name>-<site>, lib.filterAttrs picks hosts by role for each secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = lib.importJSON ./hosts.json;
        hosts = lib.mapAttrs' (n: h: lib.nameValuePair "${n}-${h.site}" h) raw;
        withRole = role: lib.attrNames (lib.filterAttrs (_: h: builtins.elem role h.roles) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [
            { name = "ops-lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
            { name = "ops-backup"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
          ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.age; }) hosts;
          secret = {
            postgres-password.targets = withRole "db";
            nginx-tls.targets = withRole "web";
            node-exporter-token.targets = [ "*" ];
            backup-repo-key = { admins = [ "ops-backup" ]; targets = withRole "db" ++ withRole "backup"; };
          };
        };
      });
}
