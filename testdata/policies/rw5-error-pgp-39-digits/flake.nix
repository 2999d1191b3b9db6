{
  description = "A PGP fingerprint with one digit lost in copy-paste (39 hex digits) in the short key field: its type cannot be told";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.legacy = {
        recipients.admins = [
          { name = "helga"; key = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; }
          { name = "ingo"; key = "85E38F69046B44C1EC9FB07B76D78F0500D026C"; }
        ];
        secret.gpg-signing-subkey.admins = [ "ingo" ];
      };
    };
}
