{
  description = "An Azure Key Vault key URL copied from a REST call, with its ?api-version query still attached";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.aks = {
        recipients.admins = [
          { name = "kai"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
          { name = "aks-sops"; azureKeyvault = "https://kv-aks-weu.vault.azure.net/keys/sops/0a1b2c3d4e5f60718293a4b5c6d7e8f9?api-version=7.4"; }
        ];
        secret.acrPassword = { };
      };
    };
}
