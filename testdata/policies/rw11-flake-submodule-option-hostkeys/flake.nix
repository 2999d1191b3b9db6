{
  description = "a module declares a flake output option flake.hostKeys with flake-parts-lib.mkSubmoduleOptions; the policy reads config.flake.hostKeys";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, flake-parts-lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.flake = flake-parts-lib.mkSubmoduleOptions {
        hostKeys = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      };
      config = {
        systems = [ "x86_64-linux" ];
        flake.hostKeys = { alpha = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; beta = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; };
        flake.secrets.fleet = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) config.flake.hostKeys;
          secret.node-exporter-tls.targets = [ "*" ];
        };
      };
    });
}
