{
  description = "mistake: a GCP KMS resource written without its locations/<l> segment";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let project = "acme-sec-7781"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.gke = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "gke-prod"; gcpKms = "projects/${project}/keyRings/sops/cryptoKeys/gke-prod"; } ];
          secret.cloudsql.targets = [ "gke-prod" ];
        };
      });
}
