{
  description = "user submodule sites = attrsOf (submodule …) whose type module sets _module.args.region from the site's name and a definition sets _module.args.keys for itself: options' defaults and the definitions' modules read both";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.sites = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, region, ... }: {
          config._module.args.region = builtins.head (lib.splitString "-" name);
          options.region = lib.mkOption { type = lib.types.str; default = region; };
          options.gateways = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
          options.gatewayKey = lib.mkOption { type = lib.types.str; };
        }));
      };
      config = {
        systems = [ "x86_64-linux" ];
        sites.eu-west = { region, keys, ... }: {
          _module.args.keys = { gw1 = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; gw2 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
          gateways = map (n: "${region}-${n}") (builtins.attrNames keys);
          gatewayKey = keys.gw1;
        };
        sites.us-east = { region, ... }: { gateways = [ "${region}-gw" ]; gatewayKey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
        flake.secrets.prod = {
          recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.concatLists (lib.mapAttrsToList (_: s: map (g: { name = g; age = s.gatewayKey; }) s.gateways) config.sites);
          secret = lib.mapAttrs (_: s: { targets = s.gateways; }) config.sites;
        };
      };
    });
}
