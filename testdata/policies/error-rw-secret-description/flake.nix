{
  description = "A secret annotated with a description, the way other tools allow: a multi-line string with quotes, a dollar and an interpolation";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rotation = 90;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age1usqdfguhvmtp83pu5vx0fssayz40f6gsc7v5heuglu5ssdcjea6sn5ghj6"; } ];
          secret.db = {
            description = ''
              Postgres password for "app"; rotate every ${toString rotation} days:
                sops -r "$FILE" && systemctl restart app
            '';
          };
        };
      });
}
