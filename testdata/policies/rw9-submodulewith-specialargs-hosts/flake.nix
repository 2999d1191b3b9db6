{
  description = "user option hosts of types.submoduleWith { specialArgs.site = …; modules = [ … ]; } (site passed to every host module); targets named host.site";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submoduleWith {
          specialArgs.site = "fra";
          modules = [ ({ name, site, ... }: {
            options.pubkey = lib.mkOption { type = lib.types.str; };
            options.fullName = lib.mkOption { type = lib.types.str; default = "${name}.${site}"; };
          }) ];
        });
      };
      config = {
        systems = [ "x86_64-linux" ];
        hosts = { web.pubkey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; db.pubkey = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (_: h: { name = h.fullName; age = h.pubkey; }) config.hosts;
          secret.db-pass.targets = [ config.hosts.db.fullName ];
        };
      };
    });
}
