{
  description = "A secret's file named after a Kubernetes-style resource with an @ in it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.k8s = {
        directory = "clusters/main/secrets";
        recipients.admins = [ { name = "olga"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
        recipients.targets = [ { name = "flux"; age = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; } ];
        secret.cloudflareToken = {
          targets = [ "flux" ];
          file = "clusters/main/secrets/cert-manager@cloudflare.yaml";
        };
        secret.grafanaOauth.targets = [ "flux" ];
      };
    };
}
