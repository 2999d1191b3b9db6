{
  description = "users/<name>.nix files (nix-community/infra style) hold { keys, admin }; readDir over users/, lib.removeSuffix .nix, admins are those with admin = true, the rest are targets of the shared secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        files = lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".nix" n) (builtins.readDir ./users);
        users = lib.mapAttrs' (f: _: lib.nameValuePair (lib.removeSuffix ".nix" f) (import (./users + "/${f}"))) files;
        toRecipient = name: u: { inherit name; age = u.keys; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.community = {
          recipients.admins = lib.mapAttrsToList toRecipient (lib.filterAttrs (_: u: u.admin) users);
          recipients.targets = lib.mapAttrsToList toRecipient (lib.filterAttrs (_: u: !u.admin) users);
          secret.hydra-token = { };
          secret.builder-ssh-key.targets = [ "*" ];
        };
      });
}
