{
  description = "A trailing newline 'stripped' with builtins.match \"(.*)\\n?\": in Nix's regular expressions . matches a line feed, so the greedy group keeps it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        readKey = file: builtins.head (builtins.match "(.*)\n?" (builtins.readFile file));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "alice"; age = readKey ./keys/alice.pub; }
            { name = "bob"; age = readKey ./keys/bob.pub; }
          ];
          secret.token = { };
        };
      });
}
