{
  description = "mkBefore/mkAfter across modules: a break-glass admin first and CI last in every group, people in between, in an order the module system decides";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./people.nix ./breakglass.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ivy"; age = "age1jh6t6rws4wmnx06k6xarn0vsxkm6ajzv4yekjuw7ze0vhckfhvhsa66yu3"; } ];
        secret.root-ca = { };
        secret.ci-deploy-key.admins = [ "ci" "break-glass" ];
      };
      flake.secrets.staging.secret.root-ca = { };
    };
}
