{
  description = "the flake also defines nixosConfigurations from the same hosts set (through inputs.nixpkgs, never forced when the policy is read) and the policy's targets come from that set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          atlas = { system = "x86_64-linux"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; roles = [ "web" ]; };
          boreas = { system = "aarch64-linux"; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; roles = [ "db" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];
        flake.nixosConfigurations = lib.mapAttrs (name: h: inputs.nixpkgs.lib.nixosSystem {
          inherit (h) system;
          modules = [ ./hosts/${name}.nix ];
        }) hosts;
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.hostKey; }) hosts;
          secret = lib.mapAttrs' (name: h: lib.nameValuePair "${name}-${builtins.head h.roles}" { targets = [ name ]; }) hosts;
        };
      });
}
