{
  description = "A group that should exist only when prod has targets: flake.secrets.canary = mkIf (config.flake.secrets.prod.recipients.targets != [ ]) { … }. attrsOf drops attributes whose definitions are all mkIf false, so the group names depend on the condition, which reads flake.secrets: infinite recursion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        prod = config.flake.secrets.prod;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "lou"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
          recipients.targets = [ { name = "canary-1"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } { name = "main-1"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          secret.db.targets = [ "main-1" ];
        };
        flake.secrets.canary = lib.mkIf (prod.recipients.targets != [ ]) {
          recipients.admins = prod.recipients.admins;
          recipients.targets = builtins.filter (t: lib.hasPrefix "canary-" t.name) prod.recipients.targets;
          secret.db.targets = [ "*" ];
        };
        flake.secrets.legacy = lib.mkIf (builtins.length prod.recipients.admins > 5) {
          recipients.admins = prod.recipients.admins;
          secret.old = { };
        };
      });
}
