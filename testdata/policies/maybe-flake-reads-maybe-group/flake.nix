{
  description = "staging is defined under lib.mkIf (builtins.getEnv \"HOME\" != \"\") (true for Nix, unknown to the analysis); prod.secret.shared reads staging's targets, prod.secret.db does not";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let
        ops = { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
        st1 = { name = "st1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        config = lib.mkMerge [
          {
            systems = [ ];
            flake.secrets.prod = {
              recipients.admins = [ ops ];
              recipients.targets = [ st1 ];
              secret.db = { };
              secret.shared.targets = map (r: r.name) config.flake.secrets.staging.recipients.targets;
            };
          }
          (lib.mkIf (builtins.getEnv "HOME" != "") {
            flake.secrets.staging = {
              recipients.admins = [ ops ];
              recipients.targets = [ st1 ];
              secret.app.targets = [ "st1" ];
            };
          })
        ];
      });
}
