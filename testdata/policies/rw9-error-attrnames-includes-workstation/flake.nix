{
  description = "mistake: a secret targets lib.attrNames machines, but machines also holds the admin's workstation, which is not a target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        machines = { builder = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; cache = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; thinkpad = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
        servers = lib.filterAttrs (n: _: n != "thinkpad") machines;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ci = {
          recipients.admins = [ { name = "me"; age = machines.thinkpad; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) servers;
          secret.nix-signing-key.targets = lib.attrNames machines;
        };
      });
}
