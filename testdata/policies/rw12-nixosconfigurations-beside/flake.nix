{
  description = "one hosts attrset feeds both nixosConfigurations (nixpkgs.lib.nixosSystem, never evaluated for the policy) and the secrets; each host gets its own secrets file under hosts/<name>/";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          zeus = { system = "x86_64-linux"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4xOxOWnvE16iZHaqOWbMcxVYlsHqEfUcZFfgGbb/Cb root@h9"; };
          hera = { system = "aarch64-linux"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBGhsrSVs+96Azu324zl25I5uT8jqVGR5FBVulCifoib root@h10"; };
          ares = { system = "x86_64-linux"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN91mm5fmUuwKs8LZhhxMtAZN8BWGaKcGttfEZ6uuY0C root@h11"; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];
        flake.nixosConfigurations = lib.mapAttrs (name: h: inputs.nixpkgs.lib.nixosSystem {
          inherit (h) system;
          modules = [ ./hosts/${name}/configuration.nix ];
        }) hosts;
        flake.secrets.hosts = {
          recipients.admins = [ { name = "me"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret = lib.mapAttrs (name: _: {
            targets = [ name ];
            file = "hosts/${name}/secrets.yaml";
          }) hosts // {
            common.targets = [ "*" ];
          };
        };
      });
}
