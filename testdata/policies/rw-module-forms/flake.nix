{
  description = "Module forms: options and config split, config = mkMerge [ … mkIf … ], a module imported from three places applied once, disabledModules, _file, files built from the group's directory read through config";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./common.nix ./ops.nix ./web.nix ];
      disabledModules = [ ./legacy.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.directory = "infra/prod";
    };
}
