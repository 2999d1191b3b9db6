{
  description = "Admins defined in four modules with mkOrder 700, mkBefore, mkAfter and a plain list inside mkMerge: the admin order (and the rule lines) follow mkOrder priorities, then module order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./policy/base.nix
        ./policy/breakglass.nix
        ./policy/auditors.nix
      ];
      systems = [ ];
      flake.secrets.infra.recipients.admins = [ { name = "root-yubikey"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    };
}
