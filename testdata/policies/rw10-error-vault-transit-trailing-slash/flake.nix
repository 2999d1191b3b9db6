{
  description = "mistake: Vault transit key address ends in a slash (copied from the UI)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.apps = {
        recipients.admins = [
          { name = "vault"; hcVaultTransit = "https://vault.example.net/v1/sops/keys/apps/"; }
          { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
        ];
        secret.api = { };
      };
    };
}
