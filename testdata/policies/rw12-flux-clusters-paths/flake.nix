{
  description = "a Flux GitOps repo: one group per cluster with directory clusters/<c>, each app namespace's secret at clusters/<c>/apps/<ns>/secret.sops.yaml; the cluster's Flux age key plus a KMS key for CI; concatMapAttrs builds the secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        clusters = {
          prod-eu = { flux = "age1anwyf3s60wzrhg56jrdk5l6w86th3r2x0tu4vkpw96m2ppsx8pxqezwswr"; apps = [ "grafana" "loki" "cert-manager" ]; };
          prod-us = { flux = "age1n9m83ptn8rrgkyw868jemhjm3zzazzg5h46f4q0xkdhvpaqfpc4sm8299s"; apps = [ "grafana" "loki" ]; };
          staging = { flux = "age1dz29wxhyvdjd2eah4hht3m44yzyf80lst9uhqe3l86el0vsh3u6q4fr8dr"; apps = [ "grafana" "podinfo" ]; };
        };
        mkCluster = c: cfg: {
          directory = "clusters/${c}";
          recipients.admins = [
            { name = "platform"; age = "age1nyswtde5a2gxhryr8fs96a45x3j5f6sshwq9kwj6sv2nsujy43pqmsnrfm"; }
            { name = "ci"; kms = "arn:aws:kms:eu-west-1:246813579024:key/4b1d2c3e-aaaa-bbbb-cccc-0123456789ab+arn:aws:iam::246813579024:role/flux-ci"; }
          ];
          recipients.targets = [ { name = "flux"; age = cfg.flux; } ];
          secret = lib.concatMapAttrs (ns: _: {
            "${ns}-values" = {
              targets = [ "flux" ];
              file = "clusters/${c}/apps/${ns}/secret.sops.yaml";
            };
          }) (lib.genAttrs cfg.apps (_: null)) // {
            flux-system = { admins = [ "platform" ]; targets = [ "flux" ]; file = "clusters/${c}/flux-system/gotk-sync.sops.yaml"; };
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkCluster clusters;
      });
}
