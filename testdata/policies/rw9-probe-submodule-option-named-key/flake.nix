{
  description = "probe: attrsOf (submodule { options.key }) with hosts.web = { key = …; } (key is taken as the module identity)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule { options.key = lib.mkOption { type = lib.types.str; }; });
      };
      config = {
        systems = [ ];
        hosts.web = { key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
        flake.secrets.prod.recipients.admins = lib.mapAttrsToList (n: h: { name = n; age = h.key; }) config.hosts;
      };
    });
}
