{
  description = "User options of types either str (listOf str) and nonEmptyListOf: a host's keys given as one string or a list, normalised with lib.toList";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hostKeys = lib.mkOption { type = lib.types.attrsOf (lib.types.either lib.types.str (lib.types.listOf lib.types.str)); };
      options.owners = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.str; };
      config = {
        systems = [ ];
        hostKeys = { gw = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; nas = [ "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop" ]; };
        owners = [ "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" ];
        flake.secrets.home = {
          recipients.admins = lib.imap1 (i: k: { name = "owner${toString i}"; age = k; }) config.owners;
          recipients.targets = lib.mapAttrsToList (name: k: { inherit name; age = lib.toList k; }) config.hostKeys;
          secret.vpn.targets = [ "*" ];
        };
      };
    });
}
