# A stand-in for the nixpkgs input with only what the module's app and check
# use. Builders return the script text instead of a derivation, and the
# generated .sops.yaml is the marker @GENERATED@, so that scripts/test-nix.sh
# can run the very scripts the module writes without nixpkgs or a store.
# `lib` is nixpkgs' lib (from the nixpkgs.lib checkout).
{ lib }:
let
  pkgs = {
    inherit lib;
    coreutils = "/usr";
    diffutils = "/usr";
    writeText = _name: _text: "@GENERATED@";
    writeShellScript = _name: text: text;
    runCommand = name: _env: buildCommand: { type = "derivation"; inherit name buildCommand; outPath = "/stub/${name}"; };
  };
in
{
  _type = "flake";
  legacyPackages = builtins.listToAttrs (map (system: { name = system; value = pkgs; })
    [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ]);
}
