{
  description = "Recipients named after their key files, .pub suffix included, selected without it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = lib.mapAttrsToList (file: _: { name = file; age = lib.fileContents (./keys + "/${file}"); }) (builtins.readDir ./keys);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = admins;
          secret.ci-token.admins = [ "ci" ];
        };
      });
}
