{
  description = "Mistake: an Azure Key Vault key URL in the key field without /keys/ (pasted the vault's secret URL), so its type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.az = {
        recipients.admins = [ { name = "cloud"; key = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" "https://contoso-kv.vault.azure.net/certificates/sops" ]; } ];
        secret.sp-client-secret = { };
      };
    };
}
