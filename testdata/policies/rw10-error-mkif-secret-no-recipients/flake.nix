{
  description = "mistake: a secret's targets come from lib.optionals isProd and its admins are emptied: in staging it selects nobody";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mk = env: {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "app"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
          secret.payment-hsm-pin = { admins = [ ]; targets = lib.optionals (env == "prod") [ "app" ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "prod" "staging" ] mk;
      });
}
