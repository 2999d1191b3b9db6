{
  description = "probe: option either str (submodule { age default [ ] }) given a set without age";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.p = lib.mkOption { type = lib.types.either lib.types.str (lib.types.submodule { options.age = lib.mkOption { type = lib.types.str; default = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; }); };
      config = {
        systems = [ "x86_64-linux" ];
        p = { };
        flake.secrets.shared = {
          recipients.admins = [ { name = "boss"; age = config.p.age; } ];
          secret.smtp = { };
        };
      };
    });
}
