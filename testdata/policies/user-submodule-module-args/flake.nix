{
  description = "user option hosts = attrsOf (submodule { pubkey; role default from an argument }); a host sets its submodule's _module.args";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          options.pubkey = lib.mkOption { type = lib.types.str; };
          options.label = lib.mkOption { type = lib.types.str; default = name; };
        }));
      };
      config = {
        systems = [ ];
        hosts.web = { _module.args.extra = 1; pubkey = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
        hosts.db.pubkey = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (n: h: { name = h.label; age = h.pubkey; }) config.hosts;
        };
      };
    });
}
