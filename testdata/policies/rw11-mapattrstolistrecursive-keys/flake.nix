{
  description = "a keys tree (team -> person -> key) flattened with lib.mapAttrsToListRecursive, the name joined from the path";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = {
          infra = { ana = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; ben = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
          data = { cai = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; };
        };
        admins = lib.mapAttrsToListRecursive (path: age: { name = lib.concatStringsSep "." path; inherit age; }) keys;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.shared = {
          recipients.admins = admins;
          secret.snowflake-key.admins = [ "data.cai" "infra.ana" ];
          secret.datadog-api = { };
        };
      });
}
