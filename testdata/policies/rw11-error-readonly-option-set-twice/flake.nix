{
  description = "mistake: a team overrides the read-only org.breakglass in its own module";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./org.nix { org.breakglass.pgp = "B1B2C3D4E5F60718293A4B5C6D7E8F9001122334"; } ];
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "billing" "search" ] (g: {
          recipients.admins = [ { name = "${g}-lead"; age = if g == "billing" then "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" else "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } config.org.breakglass ];
          secret.service-account = { };
        });
      };
    });
}
