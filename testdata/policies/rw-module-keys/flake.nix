{
  description = "A let-bound module given an explicit key is applied once however often it is imported; another is disabled by its key ({ key = …; } in disabledModules)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    let
      shared = {
        key = "acme/shared-admins";
        flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age1az4sv5lrv90p3x6kc97ucutgjvmlwqqt2hjxpq2zes5m99mxf94qy402rh"; } ];
      };
      legacy = {
        key = "acme/legacy-admins";
        flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age157knrdqdlftllrpvk9efxwqt7n6tx4wt7eltn30tsu3a8ag62c7s5mth4n"; } ];
      };
    in
    flake-parts.lib.mkFlake { inherit inputs; specialArgs = { inherit shared; }; } {
      imports = [ inputs.secrets-lsp.flakeModules.default shared ./team.nix legacy ];
      disabledModules = [ { key = "acme/legacy-admins"; } ];
      systems = [ "x86_64-linux" ];
    };
}
