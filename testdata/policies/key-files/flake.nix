{
  description = "Public keys kept as files and read with lib.fileContents";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        # lib.fileContents drops the trailing newline that builtins.readFile keeps.
        hostKeys = lib.filter (line: line != "" && !lib.hasPrefix "#" line)
          (lib.splitString "
" (builtins.readFile ./keys/hosts.txt));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "alice"; age = lib.fileContents ./keys/alice.pub; }
            { name = "bob"; age = lib.fileContents ./keys/bob.age; }
          ];
          recipients.targets = lib.imap1 (i: key: { name = "host${toString i}"; inherit key; }) hostKeys;
          secret.hostToken.targets = [ "*" ];
        };
      });
}
