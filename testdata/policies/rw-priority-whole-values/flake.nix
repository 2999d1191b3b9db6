{
  description = "Priorities on whole values: mkForce on a group discards its other definitions (lockdown), mkDefault on all of flake.secrets is dropped entirely by any normal definition";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ./lockdown.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "dev-lead"; age = "age17vdp8fy3nd9y9zlag6ju0aqn3dkf2472quqw8zvca5t0vz93yydq8m8lee"; } ];
        recipients.targets = [ { name = "app"; age = "age13d02mvhhkthyt99uecq5av7c2tlhztqpccjgy9dlxwxlujpez9fqrxjszj"; } ];
        secret.db.targets = [ "app" ];
        secret.sentry.targets = [ "app" ];
      };
      flake.secrets.staging = {
        recipients.admins = [ { name = "dev-lead"; age = "age17vdp8fy3nd9y9zlag6ju0aqn3dkf2472quqw8zvca5t0vz93yydq8m8lee"; } ];
        secret.db = { };
      };
    };
}
