{
  description = "builtins.tryEval does not catch a missing attribute (only throw and failed assertions): a host listed without a key in keys.nix is Nix's error 'attribute missing', not a skipped host";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        known = lib.filter (n: (builtins.tryEval keys.${n}).success) [ "db" "cache" "search" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.backend = {
          recipients.admins = [ { name = "ines"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = map (n: { name = n; age = keys.${n}; }) known;
          secret.dbPassword.targets = [ "db" ];
        };
      });
}
