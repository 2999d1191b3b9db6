{
  description = "A rec keys.nix with inherit (keys) …, names recovered from keys with a reverse lookup, and a with-scope list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        inherit (keys) alice bob chris hydra;
        # The names of single keys (not the lists) by key.
        single = lib.filterAttrs (_: builtins.isString) keys;
        nameOf = key: lib.findFirst (n: single.${n} == key) (throw "no name for ${key}") (lib.attrNames single);
        recipient = key: { name = nameOf key; inherit key; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.ci = {
          recipients.admins = [ { name = "alice"; age = alice; } { name = "bob"; age = bob; } ];
          recipients.targets = map recipient (with keys; builders ++ [ hydra chris ]);
          secret.hydra-signing-key.targets = [ (nameOf hydra) ];
          secret.builder-ssh.targets = map nameOf keys.builders;
          secret.cachix-token.targets = map nameOf (lib.subtractLists keys.admins keys.everyone);
        };
      });
}
