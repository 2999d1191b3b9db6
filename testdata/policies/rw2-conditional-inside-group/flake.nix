{
  description = "Conditions that read another group, placed below the group's name (legal, unlike a mkIf on the whole group): a secret under mkIf, a recipient list under mkIf, a mkMerge of a plain and a conditional definition inside recipients";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        prod = config.flake.secrets.prod;
        hasCanary = builtins.any (t: lib.hasPrefix "canary-" t.name) prod.recipients.targets;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "lou"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
          recipients.targets = [ { name = "canary-1"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } { name = "main-1"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          secret.db.targets = [ "main-1" ];
        };
        flake.secrets.canary = {
          recipients.admins = prod.recipients.admins;
          recipients.targets = lib.mkMerge [
            (lib.mkIf hasCanary (builtins.filter (t: lib.hasPrefix "canary-" t.name) prod.recipients.targets))
            (lib.mkIf (!hasCanary) [ { name = "fallback"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } ])
          ];
          secret.db = lib.mkIf hasCanary { targets = [ "*" ]; };
          secret.never = lib.mkIf (builtins.length prod.recipients.admins > 5) { };
        };
      });
}
