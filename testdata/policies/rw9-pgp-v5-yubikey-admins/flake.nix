{
  description = "admins with a v5 (64 hex digit, lower case) PGP fingerprint and age-plugin-yubikey keys plus a paper backup; a fingerprint of decimal digits only needs quoting in the rule";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.vault = {
        recipients.admins = [
          { name = "hana"; pgp = "9f2b6c0d1e4a7b3c5d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"; }
          { name = "ivo"; age = [ "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79" ]; }
          { name = "escrow"; key = "1234567890123456789012345678901234567890"; }
        ];
        secret.root-token = { };
        secret.unseal-keys.admins = [ "hana" "escrow" ];
      };
    };
}
