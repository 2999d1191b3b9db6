{
  description = "threshold set to 0 although the option is ints.between 1 3: nothing reads the option, so Nix never checks it and the policy is valid (the analysis must not report it either)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.secretsPolicy = {
        threshold = lib.mkOption { type = lib.types.ints.between 1 3; default = 1; };
        rotationDays = lib.mkOption { type = lib.types.ints.positive; default = 90; };
        admins = lib.mkOption { type = lib.types.listOf (lib.types.attrsOf lib.types.str); };
      };
      config = {
        systems = [ "x86_64-linux" ];
        secretsPolicy.threshold = 0;
        secretsPolicy.admins = [ { name = "kai"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "lou"; pgp = "85E38F69046B44C1EC9FB07B76D78F0500D026C4"; } ];
        flake.secrets.vault-unseal = {
          recipients.admins = config.secretsPolicy.admins;
          secret.unseal-1.admins = [ "kai" ];
          secret.unseal-2.admins = [ "lou" ];
        };
      };
    });
}
