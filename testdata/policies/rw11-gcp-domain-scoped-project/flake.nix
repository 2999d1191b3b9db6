{
  description = "a GCP KMS key in a domain-scoped project (example.com:prod-sec) next to a regional key in a plain project";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.gke = {
        recipients.admins = [
          { name = "sec"; gcpKms = "projects/example.com:prod-sec/locations/global/keyRings/sops/cryptoKeys/main"; }
          { name = "eu"; key = "projects/prod-eu-1234/locations/europe-west4/keyRings/sops_ring/cryptoKeys/gke-secrets"; }
        ];
        recipients.targets = [ { name = "argocd"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
        secret.argocd-repo-creds.targets = [ "argocd" ];
        secret.terraform-sa = { };
      };
    };
}
