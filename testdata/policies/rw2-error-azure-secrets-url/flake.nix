{
  description = "An Azure Key Vault URL copied from the portal's secrets page (/secrets/, not /keys/) in the key short form: its type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ian"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
        recipients.targets = [ { name = "aks"; key = "https://acme-kv.vault.azure.net/secrets/sops-key"; } ];
        secret.x.targets = [ "aks" ];
      };
    });
}
