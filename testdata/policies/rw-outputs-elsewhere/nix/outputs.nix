# The flake's outputs, kept out of flake.nix; mkFlake's result merged with
# hand-written outputs.
inputs@{ flake-parts, nixpkgs, ... }:
let
  parts = flake-parts.lib.mkFlake { inherit inputs; } {
    imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
    systems = [ "x86_64-linux" ];
  };
in
parts // {
  templates.default = { path = ./.; description = "x"; };
}
