{
  description = "A group directory written ./secrets/prod";

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
        directory = "./secrets/prod";
        recipients.admins = [ { name = "alice"; age = "age1htp7zkyevnmyv3chneg7uf0jlxjw6pfgl4fxfd2trvd4d3up639seda8ug"; } ];
        secret.token = { };
      };
    };
}
