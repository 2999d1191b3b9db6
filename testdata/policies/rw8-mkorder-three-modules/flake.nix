{
  description = "admins from three modules: lib.mkOrder 700, plain, lib.mkAfter; group module imported from a let-bound list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let
        extra = [ ./m/security.nix ./m/interns.nix ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ] ++ extra;
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.x = { };
        };
      });
}
