{
  description = "Mistake (for Nix 2.8): a KMS ARN split with builtins.match and \\\\/ for the slash (a JavaScript habit); Nix's regex engine refuses an escaped character that is not special";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        arns = [
          "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
          "arn:aws:kms:us-east-1:123456789012:key/9f8e7d6c-5b4a-3210-fedc-ba9876543210"
        ];
        regionOf = arn: builtins.elemAt (builtins.match "arn:aws:kms:([a-z0-9-]+):[0-9]+:key\\/.+" arn) 0;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.global = {
          recipients.admins = map (arn: { name = "kms-${regionOf arn}"; kms = arn; }) arns;
          secret.datadog-api-key = { };
        };
      });
}
