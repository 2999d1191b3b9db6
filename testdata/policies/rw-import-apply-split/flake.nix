{
  description = "Recipients from a module applied with flake-parts.lib.importApply, secrets selecting them from flake.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (flake-parts.lib.importApply ./hosts.nix { hostKeys = { web = "age1ze5tp3z0zcms6j234xdy7n3rjhyccfj0gs9kqaheqtqw6mzhj4wsgj64ga"; db = "age1l6j4vfgz0xmxgv9fxrsv3xa2k6lmwmr0x77nqdfaxyu7jp037vwqt5tz5z"; }; })
      ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1ynxe2z5sg86r029qzx2nxy6qefvjrg5j9rj4mwgmj4taakdauues2kqr6n"; } ];
        secret.db-password.targets = [ "db" "web" ];
        secret.session.targets = [ "web" ];
      };
    };
}
