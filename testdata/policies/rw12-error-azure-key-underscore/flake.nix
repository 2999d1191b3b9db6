{
  description = "mistake: the prod key is named sops_prod (Key Vault key names allow letters, digits and dashes only)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        vault = region: "https://acme-${region}-kv.vault.azure.net";
        regions = [ "weu" "neu" ];
        platform = [
          { name = "lars"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; }
          { name = "ines"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = platform;
          recipients.targets = map (r: {
            name = "aks-${r}";
            azureKeyvault = "${vault r}/keys/sops_prod/4f2a9c7e1b3d45f6a8e0c2d4f6b8a0c1";
          }) regions;
          secret.ingress-tls.targets = [ "*" ];
          secret.service-bus.targets = [ "aks-weu" ];
        };
        flake.secrets.dev = {
          recipients.admins = platform;
          recipients.targets = [ { name = "aks-dev"; key = "${vault "dev"}/keys/sops-dev"; } ];
          secret.ingress-tls.targets = [ "aks-dev" ];
        };
        flake.secrets.gov = {
          recipients.admins = [
            { name = "gov-vault"; azureKeyvault = "https://acme-gov-kv.vault.usgovcloudapi.net/keys/sops-gov"; }
          ];
          secret.cui-data = { };
        };
      });
}
