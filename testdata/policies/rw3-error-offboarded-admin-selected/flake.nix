{
  description = "People carry an active flag and only active ones become admins (lib.filterAttrs); one secret still names a person marked inactive after leaving: the enum error lists the active admins only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./people.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
