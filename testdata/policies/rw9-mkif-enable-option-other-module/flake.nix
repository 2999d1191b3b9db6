{
  description = "a boolean user option features.monitoring (mkEnableOption, default false) switched on in another module; the monitoring secrets and target are added with mkIf";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./features.nix ./enable.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
