{
  description = "mistake: a listOf ints.positive option holds 0";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./other.nix ];
      options.generations = lib.mkOption { type = lib.types.listOf lib.types.ints.positive; };
      config = {
        systems = [ "x86_64-linux" ];
        generations = [ 1 0 ];
        flake.secrets.prod = { recipients.admins = [ { name = "ada"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret = lib.genAttrs (map (g: "db-v${toString g}") config.generations) (_: { }); };
      };
    });
}
