{
  description = "mistake: the gov KMS key pasted as a bare key ID (from the console) into key, so its type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./kms.nix ];
      systems = [ "x86_64-linux" ];
    };
}
