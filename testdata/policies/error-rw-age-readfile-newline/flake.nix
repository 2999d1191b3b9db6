{
  description = "An age key read with builtins.readFile keeps the file's trailing newline";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "root"; age = "age1a3670n4dxzs756mkzc0sqdcmhg4k2hg42drv2umeatzkjnzrrs8qvptnuw"; } ];
        recipients.targets = [
          { name = "web"; age = builtins.replaceStrings [ "\n" ] [ "" ] (builtins.readFile ./keys/web.age); }
          { name = "db"; age = builtins.readFile ./keys/db.age; }
        ];
        secret.pg.targets = [ "db" "web" ];
      };
    };
}
