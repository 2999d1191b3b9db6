{
  description = "user option hosts = attrsOf (submodule ({ name, config, ... }: …)) where each host computes a read-only recipient from its own name and hostKey and a config section sets a default group; per-group extras merged with recursiveUpdate";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts-option.nix ./hosts.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
