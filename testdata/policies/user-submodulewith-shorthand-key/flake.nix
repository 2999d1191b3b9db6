{
  description = "user option hosts = attrsOf (submoduleWith { shorthandOnlyDefinesConfig = true; }) with an option named key: a set definition is config, so key is the option";

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
          shorthandOnlyDefinesConfig = true;
          modules = [ { options.key = lib.mkOption { type = lib.types.str; }; options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; config.tags = [ "all" ]; } ];
        });
      };
      config = {
        systems = [ ];
        hosts.web = { key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; tags = [ "edge" ]; };
        hosts.db = { key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
        flake.secrets.prod = {
          recipients.targets = lib.mapAttrsToList (n: h: { name = "${n}-${lib.concatStringsSep "-" h.tags}"; age = h.key; }) config.hosts;
          secret.tls.targets = [ "*" ];
        };
      };
    });
}
