{
  description = "mistake: keys.nix turns a retired host's key into a throw, but the host is still listed as a target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = import ./keys.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = keys.ops; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.hosts;
          secret.ntp.targets = [ "*" ];
        };
      });
}
