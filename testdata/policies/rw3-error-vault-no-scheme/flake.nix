{
  description = "A Vault transit URI written without its scheme (the address as VAULT_ADDR-less docs show it) in the typed field";

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
        recipients.admins = [
          { name = "dan"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
          { name = "vault"; hcVaultTransit = "vault.service.consul:8200/v1/transit/keys/sops"; }
        ];
        secret.consulGossipKey = { };
      };
    };
}
