{
  description = "user option keys = attrsOf (either str (listOf str)); one person's list holds a number: the list side is chosen, and its entry is rejected";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.keys = lib.mkOption { type = lib.types.attrsOf (lib.types.either lib.types.str (lib.types.listOf lib.types.str)); };
      config = {
        systems = [ "x86_64-linux" ];
        keys = {
          una = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
          vic = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" 7 ];
        };
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: k: { inherit name; key = lib.toList k; }) config.keys;
          secret.db = { };
        };
      };
    });
}
