{
  description = "imports holds inline attribute-set modules and a function module from a let, each adding to the same group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let
        webTeam = { lib, ... }: { flake.secrets.prod.recipients.targets = lib.mkAfter [ { name = "web"; key = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ]; };
      in
      {
        imports = [
          inputs.secrets-lsp.flakeModules.default
          { flake.secrets.prod.recipients.admins = [ { name = "sec"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ]; }
          webTeam
          { flake.secrets.prod.secret.shared.targets = [ "*" ]; }
        ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "api"; key = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
          secret.api.targets = [ "api" ];
        };
      });
}
