{
  description = "Mistake: an age key in keys.toml mistyped by one character (checksum fails)";

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
        systems = [ ];
        flake.secrets.web = {
          recipients.admins = lib.mapAttrsToList (name: k: { inherit name; age = k.age; }) keys.admins;
          recipients.targets = lib.mapAttrsToList (name: k: { inherit name; key = k.key; }) keys.hosts;
          secret.cookie-secret.targets = [ "*" ];
        };
      });
}
