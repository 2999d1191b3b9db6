{
  description = "The fleet is an option of the team's own flake-parts module (options.fleet), set in one file and read through config in another";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fleet.nix ./hosts.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
      fleet.admins.backup-officer = "age1k2ckvpf3df4700h3a6lcyj4mrnlfw58stqm69agjffnz9zdsepuqtyh97t";
    };
}
