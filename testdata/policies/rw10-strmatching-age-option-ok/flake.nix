{
  description = "team option people = attrsOf (strMatching \"age1[a-z0-9]{58}\") accepting only X25519 keys; all keys conform";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.people = lib.mkOption { type = lib.types.attrsOf (lib.types.strMatching "age1[a-z0-9]{58}"); };
      config = {
        systems = [ "x86_64-linux" ];
        people = { fay = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; gus = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
        flake.secrets.ops = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) config.people;
          secret.backup = { };
        };
      };
    });
}
