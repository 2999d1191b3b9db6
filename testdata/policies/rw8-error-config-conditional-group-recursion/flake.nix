{
  description = "mistake: a second module adds a secret to staging if it has targets (fine) and defines flake.secrets.prod = lib.mkIf (config.flake.secrets ? prod) …, which asks for the group names it defines: infinite recursion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./extras.nix ];
        systems = [ ];
        flake.secrets.staging = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "st"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret.app.targets = [ "st" ];
        };
      });
}
