{
  description = "Mistake: keys.nix guards itself with assert builtins.all (lib.hasPrefix \"age1\") on its list, and someone added an ssh key there";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = import ./keys.nix { inherit lib; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys;
          secret.pager-token = { };
        };
      });
}
