{
  description = "mistake: a types.raw option defined in two modules";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./other.nix ];
      options.adminList = lib.mkOption { type = lib.types.raw; };
      config = {
        systems = [ "x86_64-linux" ];
        adminList = [ "ada" ];
        flake.secrets.prod = { recipients.admins = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) config.adminList; secret.db = { }; };
      };
    });
}
