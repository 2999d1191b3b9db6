{
  description = "A plugin name with capitals";

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
        recipients.admins = [ { name = "alice"; age = "age1YubiKey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa"; } ];
      };
    };
}
