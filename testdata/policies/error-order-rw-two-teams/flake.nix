{
  description = "Two teams, three mistakes at once: a typo in dev (team A), a key with a bad checksum in prod (team B), and prod's file colliding with dev's; Nix reports the first in its order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./team-b.nix ./team-a.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets = lib.genAttrs [ "dev" "prod" ] (_: {
        recipients.admins = [ { name = "lead"; age = "age172y7gtv74lsgnm3gt4gylun9rf05ypaqy92jejvdrhgudg2w3vrqtd24tg"; } ];
      });
    });
}
