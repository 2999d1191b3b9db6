{
  description = "A GCP KMS key copied from the console's key version page: the resource name ends in /cryptoKeyVersions/1, which SOPS does not take";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        gcpProject = "acme-prod-4711";
        ring = "projects/${gcpProject}/locations/global/keyRings/sops";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [
            { name = "gke-deployer"; gcpKms = "${ring}/cryptoKeys/deploy/cryptoKeyVersions/1"; }
            { name = "uma"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
          ];
          secret.cloudsqlPassword = { };
        };
      });
}
