{
  description = "An admin key file committed from Windows (CRLF line ending) read with lib.fileContents, which strips the final line feed but keeps the carriage return";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.finance = {
        recipients.admins = map (n: { name = n; age = lib.fileContents (./keys + "/${n}.txt"); }) [ "rolf" "paula" ];
        secret.datev-token = { };
      };
    });
}
