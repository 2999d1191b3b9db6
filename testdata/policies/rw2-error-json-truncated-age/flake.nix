{
  description = "A keys.json where one age key lost its last character in a copy-paste: too short for X25519";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = builtins.fromJSON (builtins.readFile ./keys.json); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: k: { inherit name; age = k; }) keys.admins;
          secret.x = { };
        };
      });
}
