{
  description = "AWS KMS keys: plain, multi-Region, aliases, other partitions, and with a role to assume";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = let
        account = "111122223333";
        key = id: "arn:aws:kms:eu-west-1:${account}:key/${id}";
        withRole = role: arn: "${arn}+arn:aws:iam::${account}:role/${role}";
      in {
        recipients.admins = [
          { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
          { name = "ci"; kms = withRole "sops-ci" (key "1234abcd-12ab-34cd-56ef-1234567890ab"); }
          { name = "dr"; kms = [ (key "mrk-1234abcd12ab34cd56ef1234567890ab") "arn:aws:kms:us-east-1:${account}:alias/sops-dr" ]; }
        ];
        recipients.targets = [
          { name = "china"; kms = "arn:aws-cn:kms:cn-north-1:444455556666:key/abcd1234-a123-456a-a12b-a123b4cd56ef"; }
          { name = "lambda"; key = withRole "lambda/payments" (key "0b7e0c7a-0d1e-4a39-9d55-6f1f6f0e3c11"); }
        ];
        secret.paymentsApiKey.targets = [ "lambda" ];
        secret.chinaMirrorToken.targets = [ "china" ];
        secret.disasterRecovery.admins = [ "alice" "dr" ];
      };
    };
}
