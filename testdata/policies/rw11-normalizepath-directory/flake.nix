{
  description = "group directories built from parts with lib.strings.normalizePath (collapses doubled slashes from an empty sub-directory)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dir = env: team: lib.strings.normalizePath "secrets/${team}/${env}";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "dev" "prod" ] (env: {
          directory = dir env (if env == "prod" then "platform" else "");
          recipients.admins = [ { name = "platform"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
          secret.sentry-dsn = { };
        });
      });
}
