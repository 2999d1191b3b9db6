{
  description = "An Azure Key Vault key URL copied with a trailing slash";

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
          { name = "alice"; age = "age1pcq5yzhrrthy5z48kew5jme65dyfyxdqe9r67wtr0j0fgqa0rqwqxh4pfa"; }
          { name = "azure"; azureKeyvault = "https://acme-prod.vault.azure.net/keys/sops-key/"; }
        ];
        secret.token = { };
      };
    };
}
