{
  description = "Groups written as a list of sets with a name field";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets = [
        { name = "prod"; recipients.admins = [ { name = "ops"; age = "age1p6nysaqcp86a5430ekes0rtncnmtra0sc3udrkvvl4mpcyu5fdasw90gej"; } ]; }
      ];
    };
}
