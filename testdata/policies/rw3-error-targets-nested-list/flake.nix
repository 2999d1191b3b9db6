{
  description = "Targets per role built with map where concatMap was meant: the selection is a list of lists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        roles = { web = [ "web-1" "web-2" ]; worker = [ "wrk-1" ]; };
        hostsOf = role: roles.${role};
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "abel"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
          recipients.targets = map (n: { name = n; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; }) (lib.concatLists (lib.attrValues roles));
          secret.redisUrl.targets = map hostsOf [ "web" "worker" ];
        };
      });
}
