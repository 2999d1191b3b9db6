{
  description = "Secrets with explicit files in .json, .env, .ini, .bin and a nested path, built by interpolation of the group name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let g = "payments"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.${g} = {
          recipients.admins = [ { name = "fin-ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "ledger"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret = {
            service-account = { file = "secrets/${g}/gcp-sa.json"; targets = [ "ledger" ]; };
            dotenv = { file = "deploy/${g}/.env.prod"; targets = [ "ledger" ]; };
            legacy-config.file = "secrets/${g}/ledger.ini";
            keystore = { file = "secrets/${g}/keystore.p12.bin"; targets = [ "ledger" ]; };
            nested.file = "secrets/${g}/a/b/c/nested.yml";
          };
        };
      });
}
