{
  description = "A group without admins and a secret that names no target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.edge = {
        recipients.targets = [ { name = "router1"; age = "age174f75knm5mpyxec7u2tlf8v3gjhf8mtvfkhw833mj4med9qep42s8nmfrr"; } ];
        secret.wireguardKey = { };
      };
    };
}
