{
  description = "mistake: imports inputs.secrets-lsp.nixosModules.default (habit from sops-nix) instead of flakeModules.default";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.nixosModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        secret.db = { };
      };
    };
}
