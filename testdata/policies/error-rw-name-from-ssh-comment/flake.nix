{
  description = "Recipient names taken from the comments of an authorized_keys-style file: one comment is user@host";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.splitString "\n" (lib.fileContents ./keys/admins.txt);
        toRecipient = line: { name = lib.last (lib.splitString " " line); age = line; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = map toRecipient lines;
          secret.deploy = { };
        };
      });
}
