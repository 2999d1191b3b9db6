{
  description = "a team option declared without a type (types.unspecified) is defined as a list in two modules: the lists concatenate, in Nix's module order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ];
      options.extraTargets = lib.mkOption { default = [ ]; description = "hosts that need the shared secrets"; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.shared = {
          recipients.admins = [ { name = "boss"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = config.extraTargets;
          secret.smtp.targets = map (t: t.name) config.extraTargets;
        };
      };
    });
}
