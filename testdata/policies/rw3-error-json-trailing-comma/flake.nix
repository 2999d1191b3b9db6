{
  description = "keys.json edited by hand with a trailing comma after the last host: builtins.fromJSON rejects the file";

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
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.admins;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.hosts;
          secret.redisPassword.targets = [ "*" ];
        };
      });
}
