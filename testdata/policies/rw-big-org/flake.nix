{
  description = "An organisation: 30 people in five teams, 56 hosts in four environments from JSON, a shared lib.nix of helpers, one module per team adding its services' secrets to every environment group, plus an org-wide group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        org = import ./lib.nix { inherit lib; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ]
          ++ map (t: ./teams + "/${t}.nix") [ "platform" "data" "payments" "identity" "security" ];
        systems = [ "x86_64-linux" "aarch64-linux" ];

        flake.secrets = lib.genAttrs org.envs org.envGroup;
      });
}
