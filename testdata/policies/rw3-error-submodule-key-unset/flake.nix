{
  description = "The team's host option has a key with no default; a new host is declared with its roles before its key is known: the module system says the option has no value";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./inventory.nix ];
      systems = [ "x86_64-linux" ];
      inventory.hosts = {
        web.key = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x";
        web.roles = [ "http" ];
        worker.roles = [ "jobs" ];
      };
    };
}
