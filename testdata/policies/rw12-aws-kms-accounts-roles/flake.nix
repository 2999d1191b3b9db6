{
  description = "one AWS account per environment: KMS aliases with assumed roles built by helper functions, a multi-region DR key, a GovCloud group; targets are IAM roles of ECS tasks, lambdas and CI";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        accounts = { dev = "111122223333"; staging = "444455556666"; prod = "777788889999"; };
        region = "eu-central-1";
        kmsKey = env: "arn:aws:kms:${region}:${accounts.${env}}:alias/sops-${env}";
        withRole = env: role: "${kmsKey env}+arn:aws:iam::${accounts.${env}}:role/${role}";
        mkEnv = env: {
          recipients.admins = [
            { name = "platform-kms"; kms = withRole env "sops-admin"; }
            { name = "dr-kms"; kms = "arn:aws:kms:us-east-1:${accounts.${env}}:key/mrk-1234abcd12ab34cd56ef1234567890ab"; }
            { name = "oncall"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }
          ];
          recipients.targets = [
            { name = "ecs-task"; kms = withRole env "${env}-ecs-task"; }
            { name = "lambda"; kms = withRole env "service-role/${env}-lambda-exec"; }
            { name = "github-actions"; key = withRole env "gha-deploy"; }
          ];
          secret.api-keys.targets = [ "ecs-task" "lambda" ];
          secret.deploy-token = { admins = [ "platform-kms" ]; targets = [ "github-actions" ]; };
          secret.stripe.targets = [ "ecs-task" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs (lib.attrNames accounts) mkEnv // {
          govcloud = {
            recipients.admins = [
              { name = "gov-kms"; kms = "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"; }
            ];
            secret.itar-export-key = { };
          };
        };
      });
}
