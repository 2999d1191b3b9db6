{
  description = "hosts taken from a colmena hive (hive.nix with meta and per-node deployment settings); meta and nodes with deployment.tags lacking \"secrets\" are skipped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hive = import ./hive.nix;
        nodes = lib.filterAttrs (n: v: n != "meta" && lib.elem "secrets" (v.deployment.tags or [ ])) hive;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.colmena = hive;
        flake.secrets.homelab = {
          recipients.admins = [ { name = "me"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: v: { inherit name; key = v.deployment.keys.hostKey; }) nodes;
          secret = lib.mapAttrs (_: _: { targets = [ "*" ]; }) { tailscale-authkey = 1; restic = 1; };
        };
      });
}
