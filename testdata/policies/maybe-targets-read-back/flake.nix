{
  description = "prod's targets get st2 under lib.mkIf (builtins.getEnv \"HOME\" != \"\") (true for Nix); dev reads prod's targets back from config: both lists stay unknown, and so do the recipients of every secret of both groups, not their admins and selections";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let
        ops = { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = lib.mkMerge [
          {
            recipients.admins = [ ops ];
            recipients.targets = [ { name = "web1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
            secret.db.targets = [ "*" ];
            secret.root = { };
          }
          (lib.mkIf (builtins.getEnv "HOME" != "") {
            recipients.targets = [ { name = "st2"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          })
        ];
        flake.secrets.dev = {
          recipients.admins = [ ops ];
          recipients.targets = config.flake.secrets.prod.recipients.targets;
          secret.x.targets = [ "*" ];
          secret.y = { };
        };
      });
}
