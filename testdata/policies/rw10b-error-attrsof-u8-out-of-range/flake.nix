{
  description = "mistake: an attrsOf ints.u8 option holds 256";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.weights = lib.mkOption { type = lib.types.attrsOf lib.types.ints.u8; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        weights = { db = 1; cache = 256; };
        flake.secrets.prod = { recipients.admins = [ { name = "ada"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret = lib.mapAttrs (n: w: { }) (lib.filterAttrs (n: w: w > 0) config.weights); };
      };
    });
}
