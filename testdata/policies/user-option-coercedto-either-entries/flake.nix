{
  description = "user options of coercedTo (a key or a list of keys, made a list; a port as int or string) and listOf (either str (listOf str)), defined from two modules";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default { backupKeys = [ [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" ] ]; vaultPort = 8200; } ];
      options.adminKeys = lib.mkOption { type = with lib.types; coercedTo str lib.toList (listOf str); };
      options.backupKeys = lib.mkOption { type = with lib.types; listOf (either str (listOf str)); default = [ ]; };
      options.vaultPort = lib.mkOption { type = with lib.types; coercedTo int toString str; default = "8200"; };
      config = {
        systems = [ "x86_64-linux" ];
        adminKeys = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        backupKeys = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" ];
        flake.secrets.prod = {
          recipients.admins = lib.imap1 (i: k: { name = "admin${toString i}"; age = k; }) config.adminKeys;
          recipients.targets = [ { name = "vault"; hcVaultTransit = "https://vault.example.com:${config.vaultPort}/v1/transit/keys/prod"; } ]
            ++ lib.imap1 (i: k: { name = "backup${toString i}"; age = k; }) (lib.flatten config.backupKeys);
          secret.db.targets = [ "*" ];
        };
      };
    });
}
