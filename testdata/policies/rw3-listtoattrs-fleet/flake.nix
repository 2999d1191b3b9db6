{
  description = "A fleet kept as a list of host records: listToAttrs keyed by hostname (a reinstalled host listed twice, the first entry wins), filterAttrs on enabled and env, genAttrs over environments, a secret name interpolated from the environment";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./infra/secrets.nix ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
      perSystem = { system, ... }: { };
    };
}
