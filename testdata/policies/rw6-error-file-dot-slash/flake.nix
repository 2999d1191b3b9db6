{
  description = "Mistake: file = \"./secrets/...\" written like a relative path in a shell (a \".\" component is refused)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let svc = [ "grafana" "loki" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.monitoring = {
          recipients.admins = [ { name = "obs"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret = lib.genAttrs svc (s: { file = "./secrets/monitoring/${s}.env"; });
        };
      });
}
