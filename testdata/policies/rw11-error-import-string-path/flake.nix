{
  description = "mistake: keys imported with a string path import \"./keys.nix\" instead of the path ./keys.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = import "./keys.nix"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.home = {
          recipients.admins = [ { name = "me"; age = keys.me; } ];
          secret.backup = { };
        };
      });
}
