{
  description = "keys.toml with a key written without quotes around the value: builtins.fromTOML fails";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = lib.importTOML ./keys.toml; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: p: { inherit name; inherit (p) age; }) keys.admins;
          secret.apiKey = { };
        };
      });
}
