{
  description = "mistake: features.pagerduty is true in one module and false in another; the secret is included when it is set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./alerting.nix ];
      options.features.pagerduty = lib.mkEnableOption "PagerDuty alerting";
      config = {
        systems = [ "x86_64-linux" ];
        features.pagerduty = false;
        flake.secrets.ops = {
          recipients.admins = [ { name = "sre"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
          secret = { grafana = { }; } // lib.optionalAttrs config.features.pagerduty { pagerduty-key = { }; };
        };
      };
    });
}
