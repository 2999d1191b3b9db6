{
  description = "Per-group directory and per-secret file, any format SOPS knows";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets = {
        prod = {
          directory = "deploy/k8s/prod";
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          recipients.targets = [ { name = "cluster"; age = "age174f75knm5mpyxec7u2tlf8v3gjhf8mtvfkhw833mj4med9qep42s8nmfrr"; } ];
          secret = {
            tlsCert.file = "deploy/k8s/prod/tls+certs.json";
            appEnv = {
              file = "env/prod.env";
              targets = [ "cluster" ];
            };
            legacyIni.file = "config/legacy.ini";
            signingKey.file = "keys/prod-signing.bin";
            "tls.crt".targets = [ "cluster" ];
            defaultFile = { };
          };
        };
        dev = {
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          # A file at the flake root.
          secret.dotenv.file = "dev.env";
        };
      };
    };
}
