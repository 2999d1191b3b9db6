{
  description = "environments ordered by promotion with lib.toposort (dev before staging before prod); each environment's admins are the oncall of it and every earlier one, in topological order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        promotesTo = { dev = [ "staging" ]; staging = [ "prod" ]; prod = [ ]; };
        order = (lib.toposort (a: b: builtins.elem b promotesTo.${a}) [ "prod" "dev" "staging" ]).result;
        oncall = {
          dev = { name = "dev-oncall"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; };
          staging = { name = "staging-oncall"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
          prod = { name = "prod-oncall"; pgp = "5B3F9E2A7C1D4086B2E9F3A1C7D5E8F20B4A6C9D"; };
        };
        upTo = env: lib.take (lib.lists.findFirstIndex (e: e == env) 0 order + 1) order;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs order (env: {
          recipients.admins = map (e: oncall.${e}) (lib.reverseList (upTo env));
          secret.database-url = { };
        });
      });
}
