{
  description = "An uppercase age key: age reads it, SOPS does not";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "AGE1W534HP98PPSJDVZYSMX6NZ0LYL2F5R4AZUZ2CD0K589VEMHV0YCQCHHJPV"; } ];
      };
    };
}
