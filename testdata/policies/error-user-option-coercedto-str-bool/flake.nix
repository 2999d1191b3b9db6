{
  description = "user option port = coercedTo int toString str (a setting kept as a string) given a boolean: neither a string nor an integer it converts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.vaultPort = lib.mkOption { type = with lib.types; coercedTo int toString str; default = "8200"; };
      config = {
        systems = [ "x86_64-linux" ];
        vaultPort = true;
        flake.secrets.prod = {
          recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "vault"; hcVaultTransit = "https://vault.example.com:${config.vaultPort}/v1/transit/keys/prod"; } ];
          secret.db.targets = [ "*" ];
        };
      };
    });
}
