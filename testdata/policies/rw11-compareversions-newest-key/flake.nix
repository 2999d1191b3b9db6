{
  description = "each person lists keys by rotation version (\"2023.4\", \"2024.1\", ...); only the newest is used, picked with builtins.compareVersions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = import ./keys.nix;
        newest = versions: lib.head (lib.sort (a: b: builtins.compareVersions a b > 0) (builtins.attrNames versions));
        current = name: versions: { inherit name; age = versions.${newest versions}; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.corp.recipients.admins = lib.mapAttrsToList current people;
        flake.secrets.corp.secret.okta-scim = { };
      });
}
