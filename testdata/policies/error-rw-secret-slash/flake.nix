{
  description = "A secret named like a path";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1amp8gnpxv63tg26z3pf3psdgjjuhvtp6w8g2z2nkyjc9nlgfxs9qqhvjq3"; } ];
        secret."nextcloud/admin-pass" = { };
        secret.nextcloud-db = { };
      };
    };
}
