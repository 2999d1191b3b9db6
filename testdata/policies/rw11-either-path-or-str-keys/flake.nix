{
  description = "a user option keys = attrsOf (either path str): some keys are files (./keys/x.pub, read with fileContents), some inline strings";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.keys = lib.mkOption { type = lib.types.attrsOf (lib.types.either lib.types.path lib.types.str); };
      config = {
        systems = [ "x86_64-linux" ];
        keys = { ana = ./keys/ana.pub; ben = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; router = ./keys/router.pub; };
        flake.secrets.home = {
          recipients.admins = map (n: { name = n; key = let k = config.keys.${n}; in if builtins.isPath k then lib.fileContents k else k; }) [ "ana" "ben" ];
          recipients.targets = [ { name = "router"; key = lib.fileContents config.keys.router; } ];
          secret.pppoe-password.targets = [ "router" ];
        };
      };
    });
}
