{
  description = "mistake: builtins.head of a role filter that matches nothing (role renamed 'primary' -> 'leader')";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dbs = [ { name = "db-a"; role = "leader"; key = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } { name = "db-b"; role = "replica"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
        primary = builtins.head (builtins.filter (d: d.role == "primary") dbs);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.db = {
          recipients.admins = [ { name = "dba"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (d: { inherit (d) name key; }) dbs;
          secret.replication.targets = [ primary.name ];
        };
      });
}
