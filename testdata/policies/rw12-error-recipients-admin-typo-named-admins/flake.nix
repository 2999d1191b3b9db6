{
  description = "mistake: recipients.admin (singular) holds the admins, and a secret names one of them in its admins: only the unknown option is an error";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.ci = {
        recipients.admin = [
          { name = "uma"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; }
        ];
        recipients.targets = [ { name = "runner"; age = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; } ];
        secret.deploy-key = { admins = [ "uma" ]; targets = [ "runner" ]; };
      };
    };
}
