{
  description = "secret names from the names of self'.packages (their values need nixpkgs, their names do not)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, withSystem, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      perSystem = { pkgs, ... }: {
        packages.api-server = pkgs.hello;
        packages.worker = pkgs.jq;
      };
      flake.secrets.services = {
        recipients.admins = [ { name = "ops"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        secret = withSystem "x86_64-linux" ({ self', ... }: lib.genAttrs (builtins.attrNames self'.packages) (name: { }));
      };
    });
}
