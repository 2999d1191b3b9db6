{
  description = "mistake: host old-db was deleted from hosts/ (readDir) but the database secret still targets it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = lib.attrNames (lib.filterAttrs (_: t: t == "directory") (builtins.readDir ./hosts));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (h: { name = h; age = lib.fileContents ./hosts/${h}/host.pub; }) hosts;
          secret.postgres-replication.targets = [ "db2" "old-db" ];
          secret.nginx-tls.targets = [ "web1" ];
        };
      });
}
