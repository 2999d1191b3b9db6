{
  description = "A secret defined with lib.mkIf false disappears from the attrsOf (no rule), one with mkIf true stays; a group defined as lib.mkMerge [ ] exists with defaults and no secrets; a secret split across two modules (attrset in one, targets in the other)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/features.nix ];
      systems = [ ];
      flake.secrets.app = {
        recipients.admins = [ { name = "nina"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
        recipients.targets = [ { name = "app"; key = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
        secret.smtp-password.admins = [ "nina" ];
        secret.session-key = { };
      };
    };
}
