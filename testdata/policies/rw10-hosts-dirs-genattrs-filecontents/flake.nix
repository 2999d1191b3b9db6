{
  description = "fleet: hosts listed once in hosts.nix (name -> role), each host's SSH host key in hosts/<name>/ssh_host_ed25519_key.pub read with lib.fileContents via path concatenation; per-role secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = import ./hosts.nix;
        hostKey = name: lib.fileContents (./hosts + "/${name}/ssh_host_ed25519_key.pub");
        withRole = role: lib.attrNames (lib.filterAttrs (_: r: r == role) hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.fleet = {
          recipients.admins = [ { name = "admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (name: { inherit name; age = hostKey name; }) (lib.attrNames hosts);
          secret.haproxy-certs.targets = withRole "lb";
          secret.pg-replication.targets = withRole "db";
          secret.node-exporter-tls.targets = [ "*" ];
        };
      });
}
