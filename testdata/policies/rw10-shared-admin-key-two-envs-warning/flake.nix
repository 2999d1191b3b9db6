{
  description = "the same person holds one yubikey plugin key and is admin in dev and prod; a CI machine key is used both as admin (ci) and target (runner) in dev";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        yk = "age1yubikey1qwt50d05nh5vutpdzmlg5wn80xq5negm4uj9ghv0snvdd3yysf5yw3rhl3t";
        ci = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = {
          dev = {
            recipients.admins = [ { name = "nina"; age = [ yk "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" ]; } { name = "ci"; age = ci; } ];
            recipients.targets = [ { name = "runner"; age = ci; } ];
            secret.test-db.targets = [ "runner" ];
          };
          prod = {
            recipients.admins = [ { name = "nina"; age = yk; } ];
            secret.prod-db = { };
          };
        };
      });
}
