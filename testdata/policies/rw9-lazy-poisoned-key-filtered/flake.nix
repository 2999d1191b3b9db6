{
  description = "keys.nix marks a rotated key with throw; the policy filters it out by name before any value is read, so evaluation never hits the throw";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        current = lib.filterAttrs (name: _: !lib.hasSuffix "-2023" name) keys;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) current;
          secret.db = { };
          secret.legacy-api.admins = lib.filter (n: n != "ci") (lib.attrNames current);
        };
      });
}
