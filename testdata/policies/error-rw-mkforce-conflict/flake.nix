{
  description = "Two modules force different files for one secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ({ lib, ... }: { flake.secrets.prod.secret.tls.file = lib.mkForce "certs/tls.yaml"; }) ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age1umkum6v5s8unq6xze77tedte7hprc8spmkpka3exp2dydlk0l4wsmnhp76"; } ];
          secret.tls.file = lib.mkForce "secrets/prod/tls.json";
        };
      });
}
