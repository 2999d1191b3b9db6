{
  description = "user option backupKey = nullOr (either str (listOf str)) given a set: nullOr's own check rejects it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.backupKey = lib.mkOption { type = with lib.types; nullOr (either str (listOf str)); default = null; };
      config = {
        systems = [ "x86_64-linux" ];
        backupKey = { age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
        flake.secrets.prod = {
          recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ] ++ lib.optional (config.backupKey != null) { name = "backup"; key = lib.toList config.backupKey; };
          secret.db = { };
        };
      };
    });
}
