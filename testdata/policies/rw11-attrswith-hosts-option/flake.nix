{
  description = "a hosts option declared with lib.types.attrsWith { elemType = str; placeholder = \"host\"; }";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsWith { elemType = lib.types.str; placeholder = "host"; };
        default = { };
      };
      config = {
        systems = [ "x86_64-linux" ];
        hosts.gateway = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
        flake.secrets.home = {
          recipients.admins = [ { name = "me"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.hosts;
          secret.wg-key.targets = [ "*" ];
        };
      };
    });
}
