{
  description = "A group with no admins: machines only, each secret names its targets";

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
        recipients.targets = [
          { name = "router1"; age = "age174f75knm5mpyxec7u2tlf8v3gjhf8mtvfkhw833mj4med9qep42s8nmfrr"; }
          { name = "router2"; age = "age1sgp9fvamt5g39y33cq96qza63thj3l7q0nf6gsv7f57kx3ugeg3shqs2cp"; }
        ];
        secret.wireguardKey1.targets = [ "router1" ];
        secret.wireguardKey2.targets = [ "router2" ];
        secret.sharedPsk.targets = [ "*" ];
      };
    };
}
