{
  description = "mistake: a host in the user option fleet.hosts has env = \"production\" (the option is enum [ staging prod ])";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.fleet.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule {
          options.env = lib.mkOption { type = lib.types.enum [ "staging" "prod" ]; };
          options.key = lib.mkOption { type = lib.types.str; };
        });
      };
      config = {
        systems = [ "x86_64-linux" ];
        fleet.hosts = {
          web1 = { env = "prod"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
          web2 = { env = "production"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        };
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; })
            (lib.filterAttrs (_: h: h.env == "prod") config.fleet.hosts);
          secret.api.targets = [ "*" ];
        };
      };
    });
}
