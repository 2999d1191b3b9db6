{
  description = "A breakglass module (mkBefore) imported both by flake.nix and by the team module: imported once (deduplicated by path), so breakglass appears once, first";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./team.nix ./breakglass.nix ];
      systems = [ ];
      flake.secrets.prod.recipients.admins = [ { name = "cto"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    };
}
