{
  description = "builder key read with builtins.readFile into an attrsOf singleLineStr option: singleLineStr accepts one trailing newline and strips it on merge, so the key is clean (valid)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.pubkeys = lib.mkOption { type = lib.types.attrsOf lib.types.singleLineStr; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        pubkeys = {
          alice = lib.fileContents ./keys/alice.pub;
          builder = builtins.readFile ./keys/builder.pub;
        };
        flake.secrets.ci = {
          recipients.admins = [ { name = "alice"; key = config.pubkeys.alice; } ];
          recipients.targets = [ { name = "builder"; key = config.pubkeys.builder; } ];
          secret.cachix-token.targets = [ "builder" ];
          secret.signing-key = { };
        };
      };
    });
}
