{
  description = "A user option deployKeys of type types.lines set in two modules (their lines concatenated in module order, mkBefore first), parsed into targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./ci-keys.nix ];
      options.deployKeys = lib.mkOption { type = lib.types.lines; default = ""; };
      config = {
        systems = [ ];
        deployKeys = ''
          app-1 age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz
          app-2 age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj
        '';
        flake.secrets.deploy = {
          recipients.admins = [ { name = "lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (l: let p = lib.splitString " " l; in { name = builtins.head p; age = builtins.elemAt p 1; })
            (lib.filter (l: l != "") (lib.splitString "\n" config.deployKeys));
          secret.env.targets = [ "*" ];
        };
      };
    });
}
