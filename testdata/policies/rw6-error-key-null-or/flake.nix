{
  description = "Mistake: key = h.key or null for hosts read from JSON; one host has no key field, so key is null";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.iot = {
        recipients.admins = [ { name = "maker"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = h.key or null; }) (lib.importJSON ./devices.json);
        secret.mqtt-password.targets = [ "*" ];
      };
    });
}
