{
  description = "Groups named region/env, built with string interpolation";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        envs = [ "eu/prod" "eu-staging" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets = lib.genAttrs envs (env: {
          recipients.admins = [ { name = "ops"; age = "age1eweuupwaa3tjkx6jqfmak6fahx36yk36m5mcyda3uv405r8hne6qhhpvnt"; } ];
          secret.app = { };
        });
      });
}
