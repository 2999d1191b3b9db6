{
  description = "builtins.tryEval used to skip hosts missing from keys.nix: a missing attribute is not a throw, tryEval does not catch it, and evaluation stops";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        wanted = [ "db" "cache" "search" ];
        known = lib.filter (n: (builtins.tryEval keys.${n}).success) wanted;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ulla"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
          recipients.targets = map (n: { name = n; age = keys.${n}; }) known;
          secret.internalTls.targets = [ "*" ];
        };
      });
}
