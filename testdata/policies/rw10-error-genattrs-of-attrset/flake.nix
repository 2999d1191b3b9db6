{
  description = "mistake: lib.genAttrs given the hosts attribute set instead of a list of names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = { web = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; db = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret = lib.genAttrs hosts (h: { targets = [ h ]; });
        };
      });
}
