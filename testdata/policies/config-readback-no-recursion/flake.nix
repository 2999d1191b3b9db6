{
  description = "definitions reading config that are no recursion in Nix: targets from the group's own admins, staging's admins from prod's, a secret's targets from the group's targets, and a mkDefault admins list filtered from itself that a plain definition beats (never evaluated)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default { flake.secrets.prod.recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "intern-bo"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; } ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = lib.mkDefault (builtins.filter (a: !lib.hasPrefix "intern-" a.name) config.flake.secrets.prod.recipients.admins);
        recipients.targets = map (a: { name = "${a.name}-laptop"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }) config.flake.secrets.prod.recipients.admins;
        secret.db.targets = map (t: t.name) config.flake.secrets.prod.recipients.targets;
      };
      flake.secrets.staging = {
        recipients.admins = builtins.filter (a: !lib.hasPrefix "intern-" a.name) config.flake.secrets.prod.recipients.admins;
        secret.api = { };
      };
    });
}
