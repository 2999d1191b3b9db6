{
  description = "mistake: a types.path option given an integer";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.keyFile = lib.mkOption { type = lib.types.path; };
      config = {
        systems = [ "x86_64-linux" ];
        keyFile = 42;
        flake.secrets.prod = { recipients.admins = [ { name = "ada"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret.${baseNameOf (toString config.keyFile)} = { }; };
      };
    });
}
