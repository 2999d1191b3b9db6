{
  description = "each team file returns a partial policy (nested attrsets); flake.nix merges them with foldl' recursiveUpdate, so the later team's lists replace earlier ones";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teamFiles = [ ./teams/platform.nix ./teams/payments.nix ./teams/search.nix ];
        policy = lib.foldl' lib.recursiveUpdate { } (map import teamFiles);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = policy;
      });
}
