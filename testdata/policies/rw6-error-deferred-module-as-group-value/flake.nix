{
  description = "Mistake: a deferredModule option's value (an attribute set { imports = … }) used directly as a group value; a group is a submodule whose attribute-set definitions are read as config, so Nix says option imports does not exist. A user option groupDefaults of type deferredModule (defined in two modules) is applied to every environment: flake.secrets = lib.genAttrs envs (_: config.groupDefaults), plus per-environment additions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ];
      options.groupDefaults = lib.mkOption { type = lib.types.deferredModule; default = { }; };
      config = {
        systems = [ ];
        groupDefaults = { recipients.admins = [ { name = "sec-team"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; };
        flake.secrets = lib.mkMerge [
          (lib.genAttrs [ "dev" "prod" ] (_: config.groupDefaults))
          { prod.recipients.targets = [ { name = "prod-app"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]; prod.secret.db.targets = [ "prod-app" ]; }
        ];
      };
    });
}
