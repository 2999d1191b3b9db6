{
  description = "Keys exported by another tool as JSON, read with builtins.fromJSON";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromJSON (builtins.readFile ./keys.json);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = map (p: { inherit (p) name; age = p.ageKey; }) keys.admins;
          # mapAttrsToList walks names in order: bastion, monitor, worker1.
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) keys.hosts;
          secret.grafanaAdminPassword.targets = [ "monitor" ];
          secret.lokiS3Credentials.targets = [ "monitor" "worker1" ];
          secret.sshCA.targets = [ "bastion" ];
        };
      });
}
