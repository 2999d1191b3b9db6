{
  description = "A shared module gives the group a default set of secrets with lib.mkDefault on the whole secret attrset; the prod module defines one secret plainly, so the default set is dropped entirely (priorities decide per definition of the option, not per attribute)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ];
      systems = [ ];
      flake.secrets.prod.secret.stripe-key.targets = [ "api" ];
      flake.secrets.dev.recipients.targets = [ { name = "devbox"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
    };
}
