# The harness with inputs built from checkouts instead of fetched flakes:
# nixpkgs.lib and flake-parts (outside the repository, see README "Nix
# tests"), and this repository's own flake for the module.
{ nixpkgsLib, flakeParts, repo ? ../.., nixpkgs ? null }:
let
  nixpkgs-lib = (import (nixpkgsLib + "/flake.nix")).outputs { self = nixpkgs-lib // { outPath = toString nixpkgsLib; _type = "flake"; }; };
  flake-parts = (import (flakeParts + "/flake.nix")).outputs {
    self = flake-parts // { outPath = toString flakeParts; _type = "flake"; };
    inherit nixpkgs-lib;
  };
  stubHarness = import ./harness.nix { inherit flake-parts; secrets-lsp = { }; };
  secrets-lsp = stubHarness.callFlake repo;
in
import ./harness.nix {
  inherit flake-parts secrets-lsp;
  # Without a nixpkgs, flakes still get its lib (`inputs.nixpkgs.lib`, a
  # common way to reach lib outside modules); anything else of it is missing.
  nixpkgs = if nixpkgs != null then nixpkgs else { lib = nixpkgs-lib.lib; };
}
