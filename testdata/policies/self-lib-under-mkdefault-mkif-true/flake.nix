{
  description = "flake.lib written under mkIf true and mkDefault, read back through self by two groups";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ self, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.lib = lib.mkIf true (lib.mkDefault {
        admins = [ { name = "ana"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
      });
      flake.hosts = lib.mkOrder 500 [ { name = "ci"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
      flake.secrets.prod = {
        recipients.admins = self.lib.admins;
        recipients.targets = self.hosts;
        secret.db.targets = [ "ci" ];
      };
      flake.secrets.dev = {
        recipients.admins = self.lib.admins;
        secret.api = { };
      };
    });
}
