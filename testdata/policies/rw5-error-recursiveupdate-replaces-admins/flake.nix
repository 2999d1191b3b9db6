{
  description = "A staging group derived from prod with lib.recursiveUpdate, whose override gives a new admins list: recursiveUpdate replaces lists, so the prod admin still selected by an inherited secret is gone";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        prod = {
          recipients.admins = [ { name = "ari"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "bea"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          recipients.targets = [ { name = "api"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
          secret.jwt-secret.targets = [ "api" ];
          secret.db-root = { admins = [ "bea" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = prod;
        flake.secrets.staging = lib.recursiveUpdate prod {
          directory = "secrets/stg";
          recipients.admins = [ { name = "ari"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "carla"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
          recipients.targets = [ { name = "api"; key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
        };
      });
}
