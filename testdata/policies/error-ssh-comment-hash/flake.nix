{
  description = "An SSH key comment with \"#\" would end the key early in .sops.yaml";

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
        recipients.admins = [ { name = "alice"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGVxRW/3+CuZeE8ZdHszAI4fv0lAP2bJLHomaGIGyMJ alice #laptop"; } ];
      };
    };
}
