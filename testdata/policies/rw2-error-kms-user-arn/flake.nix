{
  description = "A KMS key with an assume-role suffix that names an IAM user instead of a role, in a let-bound table of cloud keys";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        cloud = {
          ci = "arn:aws:kms:us-west-2:123456789012:key/11112222-3333-4444-5555-666677778888+arn:aws:iam::123456789012:user/deployer";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "me"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } { name = "ci"; kms = cloud.ci; } ];
          secret.x = { };
        };
      });
}
