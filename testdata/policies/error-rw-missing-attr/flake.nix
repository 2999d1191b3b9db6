{
  description = "A host looked up in keys.nix that is not there";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.users;
          recipients.targets = map (name: { inherit name; age = keys.hosts.${name}; }) [ "cache" "proxy" "mirror" ];
          secret.token.targets = [ "*" ];
        };
      });
}
