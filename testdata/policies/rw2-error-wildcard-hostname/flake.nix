{
  description = "Targets from a keys.nix attrset whose host names are DNS names; one is a wildcard certificate name *.internal.example.com, which is no valid recipient name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.edge = {
        recipients.admins = [ { name = "netops"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
        recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) (import ./hosts.nix);
        secret.tls.targets = [ "*" ];
      };
    });
}
