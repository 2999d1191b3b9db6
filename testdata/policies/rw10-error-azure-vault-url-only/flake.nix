{
  description = "mistake: an Azure Key Vault recipient given only the vault URL through key (no /keys/<name>)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.azure = {
        recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "aks"; key = "https://kv-aks-prod.vault.azure.net/"; } ];
        secret.acr-token.targets = [ "aks" ];
      };
    };
}
