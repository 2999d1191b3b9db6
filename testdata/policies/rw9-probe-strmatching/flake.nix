{
  description = "probe: user option attrsOf (strMatching \"a+\") given \"b\"";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.names = lib.mkOption { type = lib.types.listOf (lib.types.strMatching "a+"); };
      config = {
        systems = [ ];
        names = [ "b" ];
        flake.secrets.prod.recipients.admins = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) config.names;
      };
    });
}
