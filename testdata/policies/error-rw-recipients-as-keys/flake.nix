{
  description = "Recipients listed as bare keys, agenix publicKeys style, instead of { name; age; } sets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        alice = "age1s98t94naacekan7tpkx72fms2c9yrppgysq0c722qmxr83v4r5ksxfstw6";
        bob = "age14crt6e5c3537kmql7gq8pzhrf0nczvgn8nmf5xat74fjkm7hh5hqmv78hq";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ alice bob ];
          secret.token = { };
        };
      });
}
