{
  description = "One group written twice in one attribute set, once through an interpolated name (flake.secrets.\${env}.secret…) and once quoted (flake.secrets.\"prod\".recipients): Nix cannot merge a dynamic attribute path with a static one";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let env = "prod"; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ];
        systems = [ "x86_64-linux" ];
        flake.secrets.${env}.secret."tls-wildcard".targets = lib.mkOverride 900 [ "ingress-1" ];
        flake.secrets."prod".recipients = lib.mkMerge [
          { admins = [ { name = "sina"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ]; }
          (lib.mkIf (env == "prod") { targets = [ { name = "ingress-1"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ]; })
          (lib.mkIf (env != "prod") { targets = [ { name = "dev-box"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ]; })
        ];
      });
}
