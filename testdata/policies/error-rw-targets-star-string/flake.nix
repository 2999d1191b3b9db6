{
  description = "targets = \"*\" without the list brackets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1uqumqmjgg05g2ma63hn7c5ndqfgc9w4rdcwdej9fvgtne8yu743qx2ld4v"; } ];
        recipients.targets = [ { name = "web"; age = "age1tkxsjlywlg3lpqe24gw0s8pgmqam5s5k3ussgwqskj86a5r6tvts60kz7u"; } ];
        secret.tls.targets = "*";
      };
    };
}
