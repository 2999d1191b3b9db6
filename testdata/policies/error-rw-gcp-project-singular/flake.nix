{
  description = "A GCP KMS key written project/… in the short form";

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
          { name = "alice"; key = "age1rcuj0fn0gx2z7dsm99eg7vv4tmcvud4v0wmkvyh2sgkn2lq6h5vq63gfd2"; }
          { name = "gcp"; key = "project/acme-prod/locations/global/keyRings/sops/cryptoKeys/sops-key"; }
        ];
        secret.token = { };
      };
    };
}
