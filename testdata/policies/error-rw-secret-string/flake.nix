{
  description = "A secret given its file path directly, sops-nix style";

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
        recipients.admins = [ { name = "alice"; age = "age1uheshzhh7060s8w8ym6g3y8c5smjgq96xf2rnuj6j465ee5zcuxssncm5f"; } ];
        secret.api-key = { };
        secret.db-password = "secrets/prod/db-password.yaml";
      };
    };
}
