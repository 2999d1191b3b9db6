{
  description = "the flake also exports nixosModules.secrets that reads the generated rules, and flake.lib helpers; policy in secrets.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
      flake.nixosModules.secrets = { ... }: {
        environment.etc."sops-rules".text = config.flake.sopsYaml;
      };
      flake.lib.secretFile = group: name: config.flake.secrets.${group}.secret.${name}.file;
    });
}
