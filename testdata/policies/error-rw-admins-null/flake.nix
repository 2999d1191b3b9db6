{
  description = "A secret's admins set to null to mean nobody";

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
        recipients.admins = [ { name = "alice"; age = "age1n4jh7qfunxs3w42c7qde2vf7yg6jev3xa7vqq9klud6flcz6w5nq96qrtx"; } ];
        recipients.targets = [ { name = "web"; age = "age1amp8gnpxv63tg26z3pf3psdgjjuhvtp6w8g2z2nkyjc9nlgfxs9qqhvjq3"; } ];
        secret.tls = { admins = null; targets = [ "web" ]; };
      };
    };
}
