{
  description = "mistake: keys.json (a JSON array of strings) loaded with import; JSON separates elements with commas, Nix does not, so it is a parse error";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.json;
        names = [ "ana" "ben" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.app = {
          recipients.admins = lib.zipListsWith (name: age: { inherit name age; }) names keys;
          secret.token = { };
        };
      });
}
