{
  description = "Nix is lazy: broken values that are never used (a missing attribute in an unused let, mkIf false over a missing host and a missing file, optionals false over a throw, null and numbers in unused JSON fields, a nixosConfiguration needing nixpkgs, perSystem) are not errors";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = lib.importJSON ./keys.json;
        unused = keys.hosts.h4;
        notYet = false;
        hostKey = h: if builtins.isString keys.hosts.${h} then keys.hosts.${h} else throw "host ${h} has no key yet";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.people
            ++ lib.optionals notYet [ { name = "kurt"; age = throw "kurt has no key"; } ];
          recipients.targets = [ { name = "h1"; age = hostKey "h1"; } ];
          secret.db.targets = [ "h1" ];
          secret.future = lib.mkIf notYet { targets = [ (hostKey "h2") ]; file = import ./not-written-yet.nix; };
        };
        flake.nixosConfigurations.h1 = inputs.nixpkgs.lib.nixosSystem { modules = [ ./hosts/h1.nix ]; };
        perSystem = { pkgs, ... }: { packages.default = pkgs.hello; };
      });
}
