{
  description = "Rack numbers parsed from zero-padded host names (rack08) with lib.toInt to pick odd racks: lib.toInt refuses '08' as ambiguous (octal or zero-padded)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { rack07-sw = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; rack08-sw = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; rack11-sw = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
        rackOf = h: lib.toInt (lib.removePrefix "rack" (lib.head (lib.splitString "-" h)));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.switches = {
          recipients.admins = [ { name = "gerd"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret.tacacs-key.targets = lib.filter (h: lib.mod (rackOf h) 2 == 1) (lib.attrNames hosts);
        };
      });
}
