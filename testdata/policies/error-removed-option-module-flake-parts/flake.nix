{
  description = "mistake: lib.mkRemovedOptionModule in a flake-parts flake; its assertion (the old option is not set) goes to config.assertions, an option flake-parts does not have";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.mkRemovedOptionModule [ "secrets" "admins" ] "Use flake.secrets.<group>.recipients.admins instead.")
      ];
      systems = [ "x86_64-linux" ];
      flake.secrets.dev = {
        recipients.admins = [ { name = "kim"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        secret.local-db = { };
      };
    });
}
