{
  description = "Secrets listed by name, the way a list of files would be, instead of an attribute set";

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
        recipients.admins = [ { name = "alice"; age = "age1yr6j7p7up3gqp5k9c400hydmh900w5hfa25eg2mxzfuv8sjvjg6q978urh"; } ];
        secret = [ "db-password" "api-key" ];
      };
    };
}
