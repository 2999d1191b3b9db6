{
  description = "mistake: a let binding named lib (the team's own helpers) shadows nixpkgs lib, then lib.mapAttrsToList is looked up in it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ ... }:
      let
        lib = import ./lib.nix;
        keys = { ana = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.org = {
          recipients.admins = lib.mapAttrsToList lib.person keys;
          secret.sso = { };
        };
      });
}
