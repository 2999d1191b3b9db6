{
  description = "user option keys = attrsOf (oneOf [ str (listOf str) (attrsOf str) ]); one key given as a number by mistake: none of the three types accepts it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.keys = lib.mkOption { type = with lib.types; attrsOf (oneOf [ str (listOf str) (attrsOf str) ]); };
      config = {
        systems = [ "x86_64-linux" ];
        keys = {
          una = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
          vic = { laptop = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
          wes = 42;
        };
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: k: { inherit name; key = if builtins.isAttrs k then builtins.attrValues k else lib.toList k; }) config.keys;
          secret.db = { };
        };
      };
    });
}
