{
  description = "prod selects target web2, which it does not define: an error whatever the condition of staging, defined under lib.mkIf (builtins.getEnv \"SECRETS_STAGING\" != \"\") with a secret nobody can read";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        config = lib.mkMerge [
          {
            systems = [ ];
            flake.secrets.prod = {
              recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
              recipients.targets = [ { name = "web1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
              secret.db.targets = [ "web2" ];
            };
          }
          (lib.mkIf (builtins.getEnv "SECRETS_STAGING" != "") {
            flake.secrets.staging.secret.app = { };
          })
        ];
      });
}
