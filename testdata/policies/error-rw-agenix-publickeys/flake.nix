{
  description = "Ported from agenix: a secret still lists publicKeys";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        alice = "age1tkxsjlywlg3lpqe24gw0s8pgmqam5s5k3ussgwqskj86a5r6tvts60kz7u";
        server = "age1n4jh7qfunxs3w42c7qde2vf7yg6jev3xa7vqq9klud6flcz6w5nq96qrtx";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = alice; } ];
          recipients.targets = [ { name = "server"; age = server; } ];
          secret.restic.targets = [ "server" ];
          secret.nextcloud.publicKeys = [ alice server ];
        };
      });
}
