{
  description = "Two groups told to use one flat secrets/ directory (as the old sops setup had it); both have a secret named database, so both land in secrets/database.yaml";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        team = [ { name = "hal"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "staging" "prod" ] (env: {
          directory = "secrets";
          recipients.admins = team;
          secret.database = { };
          secret."${env}-only" = { };
        });
      });
}
