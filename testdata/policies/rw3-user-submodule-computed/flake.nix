{
  description = "A host inventory as the team's own option: attrsOf (submodule ({ name, config, ... }: …)) whose options default from the host's own name and roles (isBuilder = elem \"builder\" config.roles), defined across two modules that merge per host; the policy picks builders and keys from it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./inventory.nix ./hosts-keys.nix ./hosts-roles.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
