{
  description = "node keys in a plain list; lib.imap0 names them node-0, node-1 … with toString; secrets pick by index";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        nodeKeys = [ "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79" "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex" ];
        nodes = lib.imap0 (i: key: { name = "node-${toString i}"; inherit key; }) nodeKeys;
        port = 5432;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.cluster = {
          recipients.admins = [ { name = "admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = nodes;
          secret."pg-${toString port}".targets = [ "node-0" "node-2" ];
          secret.etcd-ca.targets = map (n: n.name) nodes;
        };
      });
}
