{
  description = "one file per person under users/ ({ name; age; groups; }), read with readDir; a group's admins are the users whose groups list it (the groups attribute removed before use)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        userFiles = lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".nix" n) (builtins.readDir ./users);
        users = map (f: import (./users + "/${f}")) (lib.attrNames userFiles);
        membersOf = group: map (u: removeAttrs u [ "groups" ]) (lib.filter (u: lib.elem group u.groups) users);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = membersOf "prod";
          recipients.targets = [ { name = "k8s-prod"; key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
          secret.registry-credentials.targets = [ "k8s-prod" ];
          secret.terraform-vars = { };
        };
        flake.secrets.dev = {
          recipients.admins = membersOf "dev";
          secret.terraform-vars = { };
          secret.seed-data = { };
        };
      });
}
