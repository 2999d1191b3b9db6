{
  description = "Services declare which secrets they need through the team's own options (options.infra.services, a submodule with hosts and secrets lists; options.infra.hosts, host name to key), set by one module per service; the policy is computed from config.infra";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./modules/options.nix
        ./modules/hosts.nix
        ./services/postgres.nix
        ./services/grafana.nix
        ./modules/secrets.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
