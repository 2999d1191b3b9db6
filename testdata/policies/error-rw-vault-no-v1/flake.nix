{
  description = "A Vault transit key URL without the /v1/ API prefix";

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
          { name = "alice"; age = "age14j6zgqukezglfhnth5hlr46lqreq5jhsttsq5gyw746hk0mzvcjqretwgj"; }
          { name = "vault"; hcVaultTransit = "https://vault.acme.internal:8200/transit/keys/sops"; }
        ];
        secret.token = { };
      };
    };
}
