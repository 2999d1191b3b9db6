{
  description = "mistake: carol was removed from keys.json when she left, but the admins list still maps her name to keys.carol";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = lib.importJSON ./keys.json;
        admin = name: { inherit name; age = keys.${name}; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = map admin [ "alice" "bob" "carol" ];
          secret.db = { };
        };
      });
}
