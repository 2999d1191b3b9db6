{
  description = "an untyped option contact is set as a string in two modules: untyped strings concatenate (\"oncall\" + \"ops\"), and a secret is named after the result (valid)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ];
      options.contact = lib.mkOption { };
      options.extraTargets = lib.mkOption { default = [ ]; description = "hosts that need the shared secrets"; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.shared = {
          recipients.admins = [ { name = "boss"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = config.extraTargets;
          secret."smtp-${config.contact}".targets = map (t: t.name) config.extraTargets;
        };
      };
    });
}
