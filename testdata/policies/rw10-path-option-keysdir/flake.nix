{
  description = "option keysDir (types.path) defaulting to ./keys; people list; keys read with fileContents (config.keysDir + \"/\${n}.pub\")";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.keysDir = lib.mkOption { type = lib.types.path; default = ./keys; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.team = {
          recipients.admins = map (n: { name = n; key = lib.fileContents (config.keysDir + "/${n}.pub"); }) [ "aylin" "bo" ];
          secret.shared-1password-export = { };
        };
      };
    });
}
