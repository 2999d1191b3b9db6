{
  description = "a module publishes _module.args.hosts from a user option; the policy module takes { hosts, ... } as an argument";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
