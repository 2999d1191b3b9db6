{
  description = "mistake: the team's own option validates keys with types.strMatching \"age1[a-z0-9]{58}\"; an SSH key given there fails the option type";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.team = lib.mkOption {
        type = lib.types.attrsOf (lib.types.strMatching "age1[a-z0-9]{58}");
      };
      config = {
        systems = [ "x86_64-linux" ];
        team = { ana = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; bo = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) config.team;
          secret.db = { };
        };
      };
    });
}
