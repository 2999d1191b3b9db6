{
  description = "A layout module sets every group's directory; the prod module sets its own without mkForce";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./layout.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.dev.recipients.admins = [ { name = "dev"; age = "age1hlefyhk06ff286w5ccat9qzjdgyxcggxnrum45rxx52fye305f9qaexrpr"; } ];
      flake.secrets.prod = {
        directory = "secrets/prod";
        recipients.admins = [ { name = "ops"; age = "age1cyrj93k2k22ejsc7pnkjgctt4cuxa67048pvesp2ejq0hv906cgqk8pcxs"; } ];
        secret.db = { };
      };
    };
}
