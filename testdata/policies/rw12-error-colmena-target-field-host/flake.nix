{
  description = "mistake: the targets are built as { host = name; age = ...; } (host instead of name)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        nodes = import ./nodes.nix;
        tagged = tag: lib.attrNames (lib.filterAttrs (_: n: lib.elem tag n.tags) nodes);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        perSystem = { pkgs, ... }: {
          devShells.default = pkgs.mkShell { packages = [ pkgs.colmena pkgs.sops pkgs.age ]; };
        };
        flake.colmena = {
          meta.nixpkgs = import inputs.nixpkgs { system = "x86_64-linux"; };
        } // lib.mapAttrs (name: n: {
          deployment = { inherit (n) targetHost; tags = n.tags; };
        }) nodes;
        flake.secrets.prod = {
          recipients.admins = [
            { name = "deployer"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; }
            { name = "ci"; kms = "arn:aws:kms:eu-west-2:135792468024:alias/colmena-ci"; }
          ];
          recipients.targets = lib.mapAttrsToList (name: n: { host = name; age = n.hostKey; }) nodes;
          secret.nginx-htpasswd.targets = tagged "web";
          secret.postgres.targets = tagged "db";
          secret.borg-passphrase.targets = tagged "backup";
          secret.acme-dns = { admins = [ "deployer" ]; targets = tagged "web" ++ tagged "mail"; };
        };
      });
}
