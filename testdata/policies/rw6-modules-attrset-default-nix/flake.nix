{
  description = "modules/default.nix returns an attribute set of flake modules (published as flake.flakeModules too); the flake imports builtins.attrValues of it, so the modules come in attribute-name order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let modules = import ./modules; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ] ++ builtins.attrValues modules;
        systems = [ ];
        flake.flakeModules = modules;
      });
}
