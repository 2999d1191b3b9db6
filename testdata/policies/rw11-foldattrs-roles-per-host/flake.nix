{
  description = "hosts declare roles; lib.foldAttrs collects host names per role; secrets select a role's hosts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          db-1 = { key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; roles = [ "postgres" "backup" ]; };
          db-2 = { key = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; roles = [ "postgres" ]; };
          web-1 = { key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; roles = [ "nginx" ]; };
          web-2 = { key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; roles = [ "nginx" "backup" ]; };
        };
        byRole = lib.foldAttrs (n: acc: [ n ] ++ acc) [ ]
          (lib.mapAttrsToList (name: h: lib.genAttrs h.roles (_: name)) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret.pg-replication.targets = byRole.postgres;
          secret.restic-password.targets = byRole.backup;
          secret.tls-wildcard.targets = byRole.nginx;
        };
      });
}
