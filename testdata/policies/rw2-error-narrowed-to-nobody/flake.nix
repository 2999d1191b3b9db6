{
  description = "A group with admins only; a secret meant for a machine narrows admins to none and selects every target, but the group has none: selects no recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./machine-secrets.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.staging.recipients.admins = [ { name = "kai"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      flake.secrets.staging.secret.ok = { };
    });
}
