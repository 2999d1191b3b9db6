{
  description = "the inventory is a fixed point built with lib.fix and lib.composeManyExtensions: a base, a site overlay that adds hosts, and a team overlay that reads final.hosts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        base = final: { hosts = { }; admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; };
        site = final: prev: { hosts = prev.hosts // { fw = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; vpn = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }; };
        team = final: prev: { admins = prev.admins ++ [ { name = "ben"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; hostNames = lib.attrNames final.hosts; };
        inv = lib.fix (lib.extends (lib.composeManyExtensions [ site team ]) base);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.net = {
          recipients.admins = inv.admins;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) inv.hosts;
          secret.ipsec-psk.targets = inv.hostNames;
        };
      });
}
