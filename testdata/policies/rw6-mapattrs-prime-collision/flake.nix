{
  description = "lib.mapAttrs' maps two inventory entries (web-old and web-new) to the same recipient name web; listToAttrs keeps the first, so only one web target exists and no duplicate is reported";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = {
          web-new = { role = "web"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
          web-old = { role = "web"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; };
          db-main = { role = "db"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
        };
        byRole = lib.mapAttrs' (n: h: lib.nameValuePair h.role h) inventory;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.shop = {
          recipients.admins = [ { name = "owner"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) age; }) byRole;
          secret.session-key.targets = [ "web" ];
          secret.db-password.targets = [ "db" "web" ];
        };
      });
}
