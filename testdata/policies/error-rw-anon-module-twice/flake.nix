{
  description = "A let-bound module (not a file) imported from two modules: unlike a file it has no key, so it is applied twice and its admin is declared twice";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    let
      shared = {
        flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age1az4sv5lrv90p3x6kc97ucutgjvmlwqqt2hjxpq2zes5m99mxf94qy402rh"; } ];
      };
    in
    flake-parts.lib.mkFlake { inherit inputs; specialArgs = { inherit shared; }; } {
      imports = [ inputs.secrets-lsp.flakeModules.default shared ./team.nix ];
      systems = [ "x86_64-linux" ];
    };
}
