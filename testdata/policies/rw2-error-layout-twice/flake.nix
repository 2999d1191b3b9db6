{
  description = "A layout module sets one secret's file twice, the second time meaning to be overridden by mkForce: Nix rejects the repeated attribute before any priority applies";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./layout.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets = lib.genAttrs [ "dev" "prod" ] (env: {
        directory = lib.mkDefault "deploy/${env}/secrets";
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "app"; age = if env == "prod" then "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" else "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret = {
          db = { name, ... }: { file = "deploy/${env}/${name}.json"; targets = [ "app" ]; };
          dotenv.file = "deploy/${env}/app.env";
          tls-key = { };
        };
      });
    });
}
