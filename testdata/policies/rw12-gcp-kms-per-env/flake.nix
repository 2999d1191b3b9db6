{
  description = "GCP KMS: one project per environment, a key ring per region; admins are a group KMS key plus a personal age key, targets GKE workload keys and a Cloud Run service";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        project = env: "acme-${env}-7f3a";
        gcpKey = env: location: ring: key:
          "projects/${project env}/locations/${location}/keyRings/${ring}/cryptoKeys/${key}";
        envs = {
          dev = { location = "europe-west1"; clusters = [ "gke-dev" ]; };
          prod = { location = "europe-west4"; clusters = [ "gke-prod-a" "gke-prod-b" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs (env: cfg: {
          recipients.admins = [
            { name = "sops-admins"; gcpKms = gcpKey env "global" "sops" "admins"; }
            { name = "maria"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; }
          ];
          recipients.targets = map (c: { name = c; gcpKms = gcpKey env cfg.location "workloads" c; }) cfg.clusters
            ++ [ { name = "cloud-run-api"; key = gcpKey env cfg.location "workloads" "cloud_run-api"; } ];
          secret.api-config.targets = [ "*" ];
          secret.db-credentials.targets = cfg.clusters;
          secret.oauth-client = { admins = [ "sops-admins" ]; targets = [ "cloud-run-api" ]; };
        }) envs;
      });
}
