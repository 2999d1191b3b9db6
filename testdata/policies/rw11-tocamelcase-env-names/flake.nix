{
  description = "secret names are the camelCase form of env variable names (lib.strings.toCamelCase of \"DATABASE_URL\" ...), files in .env format";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let vars = [ "DATABASE_URL" "REDIS_URL" "SMTP_PASSWORD" ]; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.app = {
          recipients.admins = [ { name = "dev"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          secret = lib.genAttrs (map lib.strings.toCamelCase vars) (n: { file = "config/${n}.env"; });
        };
      });
}
