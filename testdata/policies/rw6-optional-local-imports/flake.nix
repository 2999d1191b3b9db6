{
  description = "imports = lib.optional (builtins.pathExists ./local.nix) ./local.nix for an uncommitted local override (absent here) and the same for ./site.nix (present); groups named with dots (prod.eu, prod.us)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ]
        ++ lib.optional (builtins.pathExists ./local.nix) ./local.nix
        ++ lib.optionals (builtins.pathExists ./site.nix) [ ./site.nix ];
      systems = [ ];
      flake.secrets."prod.eu" = {
        recipients.admins = [ { name = "eu-ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        secret."db.password" = { };
      };
    });
}
