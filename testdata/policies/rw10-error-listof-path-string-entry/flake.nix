{
  description = "mistake: more-keys.nix lists a key file as a relative string \"keys/people/yuki.pub\" where the option is listOf path";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let
        toRecipient = p: { name = lib.removeSuffix ".pub" (baseNameOf p); key = lib.fileContents p; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./more-keys.nix ];
        options.keyFiles = lib.mkOption { type = lib.types.listOf lib.types.path; default = [ ]; };
        options.hostKeyFiles = lib.mkOption { type = lib.types.listOf lib.types.path; default = [ ]; };
        config = {
          systems = [ "x86_64-linux" ];
          keyFiles = [ ./keys/people/zoe.pub ];
          hostKeyFiles = [ ./keys/hosts/build01.pub ];
          flake.secrets.build = {
            recipients.admins = map toRecipient config.keyFiles;
            recipients.targets = map toRecipient config.hostKeyFiles;
            secret.nix-signing-key.targets = [ "build01" ];
            secret.attic-token.targets = [ "*" ];
          };
        };
      });
}
