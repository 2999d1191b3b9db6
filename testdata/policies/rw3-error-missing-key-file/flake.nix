{
  description = "A new admin added to the list before her public key file was committed: lib.fileContents of a file that does not exist";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = map (n: { name = n; age = lib.fileContents (./keys + "/${n}.age"); }) [ "carl" "dora" "emil" ];
        secret.smtpPassword = { };
      };
    });
}
