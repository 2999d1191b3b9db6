{
  description = "The team checks that every host key is an SSH host key with lib.throwIfNot; one host got an age key: the team's own message";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          pi-garage = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop";
          pi-office = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
        };
        checked = lib.mapAttrs (name: key:
          lib.throwIfNot (lib.hasPrefix "ssh-ed25519 " key) "hosts.${name}: expected an ssh-ed25519 host key" key) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "aarch64-linux" ];
        flake.secrets.home = {
          recipients.admins = [ { name = "rita"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) checked;
          secret.mosquitto.targets = [ "*" ];
        };
      });
}
