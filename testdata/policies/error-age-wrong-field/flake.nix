{
  description = "A PGP fingerprint in the age field";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "85D77543B3D624B63CEA9E6DBC17301B491B3F21"; } ];
      };
    };
}
