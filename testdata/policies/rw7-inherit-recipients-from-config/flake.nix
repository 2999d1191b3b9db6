{
  description = "staging = { inherit (config.flake.secrets.prod) recipients; … }: the merged recipient records (with every key field filled in) are given back as definitions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; key = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop" ]; } { name = "kms"; kms = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"; } ];
        recipients.targets = [ { name = "app"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        secret.db.targets = [ "app" ];
      };
      flake.secrets.staging = {
        inherit (config.flake.secrets.prod) recipients;
        directory = "secrets/stg";
        secret.db.targets = [ "app" ];
        secret.debug-token.admins = [ "alice" ];
      };
    });
}
