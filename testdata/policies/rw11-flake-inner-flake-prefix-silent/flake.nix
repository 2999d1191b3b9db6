{
  description = "flake = { config, ... }: { flake.secrets = ...; } writes the policy one level too deep (a flake output named flake): Nix evaluates an empty policy";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake = { ... }: {
        flake.secrets.lab = {
          recipients.admins = [ { name = "ana"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
          secret.wifi = { };
        };
      };
    };
}
