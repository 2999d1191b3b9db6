{
  description = "builtins.tryEval forces its argument only to weak head normal form: a host whose check returns a set passes, and the assertion of lib.toHexString of a negative index fails later, when its name is computed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = [
          { name = "db"; key = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; idx = 1; }
          { name = "cache"; key = "not-a-key"; idx = 2; }
          { name = "queue"; key = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; idx = -1; }
          { name = "search"; key = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; idx = 3; }
        ];
        check = h:
          assert h.name != "";
          lib.throwIfNot (lib.hasPrefix "age1" h.key) "${h.name}: not an age key"
            (h // { shard = lib.toHexString h.idx; });
        usable = lib.filter (h: (builtins.tryEval (check h)).success) raw;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.backend = {
          recipients.admins = [ { name = "ines"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = map (h: { name = "${h.name}-${(check h).shard}"; age = h.key; }) usable;
          secret.dbPassword.targets = [ "db-1" ];
          secret.searchToken.targets = [ "search-3" ];
        };
      });
}
