{
  description = "A secret given an explicit file that is another secret's default file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age17vcg2l3fpq7xgngzypne87rfax7vvhkwekd9wwm30497wzpn24zqse5262"; } ];
        recipients.targets = [ { name = "replica"; age = "age1qyu7hw5myz90lhy2nfrr6yzkeuxdpycldtaeevy3cykwgeq5j9yqxwg9r6"; } ];
        secret.postgres = { };
        secret.postgres-replica = { file = "secrets/prod/postgres.yaml"; targets = [ "replica" ]; };
      };
    };
}
