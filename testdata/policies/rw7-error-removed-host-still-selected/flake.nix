{
  description = "hosts/ read with readDir; host 'gamma' was decommissioned (its directory deleted) but the backup secret still lists it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = lib.mapAttrs (name: _: import ./hosts/${name}) (lib.filterAttrs (_: t: t == "directory") (builtins.readDir ./hosts));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.infra = {
          recipients.admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret.restic-password.targets = [ "alpha" "beta" "gamma" ];
        };
      });
}
