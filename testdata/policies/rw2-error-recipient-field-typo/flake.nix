{
  description = "A recipient written with kmsArn (a field from another tool) instead of kms: unknown option inside the recipient submodule";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [
          { name = "dee"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; }
          { name = "ci"; kmsArn = "arn:aws:kms:eu-west-1:111122223333:key/ci"; }
        ];
        secret.x = { };
      };
    });
}
