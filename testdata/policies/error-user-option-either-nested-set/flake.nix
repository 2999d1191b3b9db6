{
  description = "user option keys = either str (attrsOf (either str (listOf str))), merged from two modules; the second gives one person a set of named keys, which the inner either rejects (every other option valid)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ({ lib, ... }: { hosts = { db = { key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }; }; keys.extra = { work = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; }) ];
      options.keys = lib.mkOption { type = with lib.types; either str (attrsOf (either str (listOf str))); };
      options.mode = lib.mkOption { type = with lib.types; either bool (enum [ "all" "none" ]); default = "all"; };
      options.extraTargets = lib.mkOption { type = with lib.types; oneOf [ (enum [ "*" ]) (listOf str) (attrsOf str) ]; default = [ ]; };
      options.backup = lib.mkOption { type = with lib.types; nullOr (either str (listOf str)); default = null; };
      options.hosts = lib.mkOption {
        type = with lib.types; attrsOf (submodule { options.key = lib.mkOption { type = either str (listOf str); }; options.enable = lib.mkOption { type = either bool (enum [ "auto" ]); default = "auto"; }; });
      };
      config = {
        systems = [ "x86_64-linux" ];
        keys.una = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        keys.vic = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" ];
        extraTargets = "*";
        backup = [ "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" ];
        hosts.web.key = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" ];
        hosts.web.enable = true;
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: k: { inherit name; key = if builtins.isAttrs k then builtins.attrValues k else lib.toList k; }) config.keys
            ++ lib.optional (config.backup != null) { name = "backup"; key = config.backup; };
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = lib.toList h.key; }) (lib.filterAttrs (_: h: h.enable != false) config.hosts);
          secret.db.targets = if config.mode == "all" then [ "*" ] else [ ];
          secret.web.targets = lib.toList config.extraTargets;
        };
      };
    });
}
