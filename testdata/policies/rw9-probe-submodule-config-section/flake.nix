{
  description = "probe: attrsOf (submodule { options.group; config.group = mkDefault \"prod\"; })";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule {
          options.group = lib.mkOption { type = lib.types.str; };
          config.group = lib.mkDefault "prod";
        });
      };
      config = {
        systems = [ ];
        hosts.web = { };
        flake.secrets.prod.recipients.admins = lib.mapAttrsToList (n: h: { name = "${n}-${h.group}"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) config.hosts;
      };
    });
}
