{
  description = "A GCP KMS resource written with 'keyrings' and 'cryptokeys' in lower case (as in some gcloud docs' prose) in the gcpKms field of a target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let project = "acme-prod-7731"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.gke = {
          recipients.admins = [ { name = "jonas"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
          recipients.targets = [
            { name = "gke-prod"; gcpKms = "projects/${project}/locations/global/keyrings/sops/cryptokeys/gke"; }
          ];
          secret.workload-identity-key.targets = [ "gke-prod" ];
        };
      });
}
