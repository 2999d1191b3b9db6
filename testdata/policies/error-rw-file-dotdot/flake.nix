{
  description = "A secret file reaching out of the flake with ..";

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
        recipients.admins = [ { name = "alice"; age = "age1eszthxucjxk9t0ysdjc4wzmjftthrlh0nr4fvxu7hgp24dm5yutqljeydf"; } ];
        secret.shared-token.file = "../shared/secrets/token.yaml";
      };
    };
}
