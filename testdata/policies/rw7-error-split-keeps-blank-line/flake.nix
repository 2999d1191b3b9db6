{
  description = "keys/alice.keys split on newlines with only comments filtered: the trailing newline leaves an empty string, which is a key of unknown type";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        readKeys = f: builtins.filter (l: !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile f));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ops = {
          recipients.admins = [ { name = "alice"; key = readKeys ./keys/alice.keys; } ];
          secret.dkim = { };
        };
      });
}
