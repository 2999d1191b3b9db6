{
  description = "A host module writes fleet.host (singular) where the team's option is fleet.hosts: the module system reports an option that does not exist";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fleet.nix ./hosts/a.nix ./hosts/b.nix ];
      systems = [ "x86_64-linux" ];
    };
}
