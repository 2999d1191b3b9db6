{
  description = "a sanity assert with lib.assertMsg that holds and a lib.warn about a deprecated host (stderr only)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "bob"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
        targets = [ { name = "old-box"; key = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } { name = "new-box"; key = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
      in
      assert lib.assertMsg (builtins.length admins >= 2) "need two admins for break-glass";
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients = { inherit admins targets; };
          secret.api.targets = lib.warn "old-box is being retired, remove it from api" [ "old-box" "new-box" ];
          secret.db.targets = lib.throwIfNot (builtins.length targets > 0) "no targets" [ "new-box" ];
          secret.vpn.targets = lib.throwIf false "never" [ "new-box" ];
        };
      });
}
