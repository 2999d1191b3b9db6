{
  description = "Each hosts/<name>/secrets.nix is a flake-parts module adding its own target and secret; the list of imports is built with map over readDir (byte order), so the targets come out in the reverse of import order; a fleet-wide secret with ["*"] in flake.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = lib.attrNames (lib.filterAttrs (_: t: t == "directory") (builtins.readDir ./hosts));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ]
          ++ map (h: ./hosts + "/${h}/secrets.nix") hosts;
        systems = [ ];
        flake.secrets.fleet = {
          recipients.admins = [ { name = "rune"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          secret.tailscale-authkey.targets = [ "*" ];
        };
      });
}
