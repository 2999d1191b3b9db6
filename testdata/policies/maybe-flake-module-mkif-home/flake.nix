{
  description = "modules/staging.nix is { config = lib.mkIf (builtins.getEnv \"HOME\" != \"\") { flake.secrets.staging = …; }; } (true for Nix, unknown to the analysis); prod, in flake.nix, does not depend on it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/staging.nix ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = [ (import ./modules/ops.nix) ];
        recipients.targets = [ { name = "web1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        secret.db.targets = [ "web1" ];
        secret.token = { };
      };
    };
}
