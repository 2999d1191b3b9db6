{
  description = "The team's own option fleet.hosts (attrsOf str: host to key) given a list of two keys for one host: the module system rejects the user's option before the policy is read";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fleet.nix ./hosts.nix ];
      systems = [ "x86_64-linux" ];
    };
}
