{
  description = "security module narrows the CA secret's admins with mkForce while the base module lists every admin for it; targets merge from both modules";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./security.nix ];
      systems = [ "x86_64-linux" ];
    };
}
