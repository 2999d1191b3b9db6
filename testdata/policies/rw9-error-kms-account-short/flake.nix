{
  description = "mistake: an AWS account id in a KMS ARN lost a digit (11 digits)";

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
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "lambda"; key = "arn:aws:kms:us-west-2:12345678901:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"; } ];
        secret.api.targets = [ "lambda" ];
      };
    };
}
