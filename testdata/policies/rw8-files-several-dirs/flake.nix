{
  description = "secrets declared with explicit file paths in hosts/<h>/, shared/ and a .env under apps/; one secret keeps the group directory default";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.prod = {
        directory = "ops/sops/prod";
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "web1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "web2"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret.web1-host = { targets = [ "web1" ]; file = "hosts/web1/secrets.yaml"; };
        secret.web2-host = { targets = [ "web2" ]; file = "hosts/web2/secrets.yaml"; };
        secret.common = { targets = [ "*" ]; file = "shared/common.json"; };
        secret.app-env = { targets = [ "web1" "web2" ]; file = "apps/shop/.env"; };
        secret.plain.targets = [ "web1" ];
      };
    };
}
