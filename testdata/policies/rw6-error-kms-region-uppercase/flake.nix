{
  description = "Mistake: a KMS ARN with the region written in capitals (EU-WEST-1) on a hybrid admin";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.billing = {
        recipients.admins = [
          { name = "finops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/billing"; }
          { name = "dr"; kms = [ "arn:aws:kms:eu-west-1:123456789012:alias/billing" "arn:aws:kms:EU-WEST-1:123456789012:alias/billing-dr" ]; }
        ];
        secret.invoice-signing = { };
      };
    };
}
