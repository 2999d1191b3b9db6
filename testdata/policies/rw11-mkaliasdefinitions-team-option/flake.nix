{
  description = "a team module declares options.team.admins (listOf attrs) and the policy aliases it into two groups with lib.mkAliasDefinitions options.team.admins";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, options, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./team.nix ];
      options.team.admins = lib.mkOption { type = lib.types.listOf lib.types.attrs; default = [ ]; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.prod.recipients.admins = lib.mkAliasDefinitions options.team.admins;
        flake.secrets.prod.secret.api-key = { };
        flake.secrets.stage.recipients.admins = lib.mkAliasDefinitions options.team.admins;
        flake.secrets.stage.recipients.targets = [ { name = "stage-vm"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } ];
        flake.secrets.stage.secret.api-key.targets = [ "stage-vm" ];
      };
    });
}
