# The flake-parts module, in its own file; flake.nix passes it to mkFlake as a path.
{ lib, inputs, ... }:
{
  imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
  systems = [ "x86_64-linux" "aarch64-linux" ];
  perSystem = { pkgs, ... }: { formatter = pkgs.nixfmt-rfc-style; };
}
