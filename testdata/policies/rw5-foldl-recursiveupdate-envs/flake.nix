{
  description = "Groups assembled with lib.foldl' and lib.recursiveUpdate from a list of environment descriptions; prod overrides a shared default recipient list and adds a secret; per-env directory";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = {
          dana = { name = "dana"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; };
          eli = { name = "eli"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; };
          fay = { name = "fay"; pgp = "3AA5C34371567BD2D3F1A6CC08EEBD1A3C6E0F77"; };
        };
        base = env: {
          ${env} = {
            directory = "deploy/${env}/secrets";
            recipients.admins = [ people.dana people.eli ];
            recipients.targets = [ { name = "${env}-app"; key = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
            secret.app-env.targets = [ "*" ];
          };
        };
        envs = [
          (base "dev")
          (base "staging")
          {
            prod = {
              recipients.admins = [ people.dana people.fay ];
              recipients.targets = [
                { name = "prod-app"; key = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; }
                { name = "prod-worker"; key = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
              ];
              secret.app-env.targets = [ "prod-app" "prod-worker" ];
              secret.stripe-key = { admins = [ "fay" ]; targets = [ "prod-worker" ]; };
            };
          }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.foldl' lib.recursiveUpdate { } (envs ++ [ (lib.recursiveUpdate (base "prod") (builtins.elemAt envs 2)) ]);
      });
}
