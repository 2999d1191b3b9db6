{
  description = "keys come from terraform output -json committed as tf-outputs.json (each output has sensitive/type/value); KMS ARNs per environment and GCP keys for the analytics project";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        tf = lib.mapAttrs (_: o: o.value) (lib.importJSON ./tf-outputs.json);
        mkEnv = env: {
          recipients.admins = [
            { name = "kms-${env}"; kms = tf.sops_kms_arns.${env}; }
            { name = "gcp-${env}"; gcpKms = tf.analytics_kms_keys.${env}; }
            { name = "terraform"; age = tf.terraform_age_recipient; }
          ];
          recipients.targets = map (svc: { name = svc; kms = tf.service_role_kms.${env}.${svc}; }) (lib.attrNames tf.service_role_kms.${env});
          secret.rds-master = { admins = [ "kms-${env}" "terraform" ]; };
          secret.service-env.targets = [ "*" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "staging" "production" ] mkEnv;
      });
}
