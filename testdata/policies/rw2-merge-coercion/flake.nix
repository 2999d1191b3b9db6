{
  description = "Definitions merged below the list: a key field built with mkMerge of a string and a list (each coerced, then concatenated), mkBefore on a key field, secret selections under mkIf false falling back to their defaults, a secret's admins defined in two modules (concatenated) while a third's mkDefault is dropped, zero-padded host names with lib.fixedWidthNumber and lib.forEach, lib.pipe and lib.concatMapAttrs, a group directory derived from another group's";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        useKms = false;
        fleet = lib.pipe (lib.range 1 3) [
          (map (i: "edge-${lib.fixedWidthNumber 2 i}"))
          (lib.flip lib.genAttrs (n: null))
        ];
        edgeKeys = [ "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex" "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n" "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./audit.nix ./more.nix ];
        systems = [ "x86_64-linux" ];

        flake.secrets.edge = {
          directory = "${config.flake.secrets.core.directory}/edge";
          recipients.admins = [
            { name = "pat"; age = lib.mkMerge [ "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj" [ "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p" ] ]; }
            { name = "quinn"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; key = lib.mkMerge [ [ "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja" ] (lib.mkBefore "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz") ]; }
          ];
          recipients.targets = lib.forEach (lib.zipLists (builtins.attrNames fleet) edgeKeys) (p: { name = p.fst; age = p.snd; });
          secret.cert = {
            targets = lib.mkIf useKms [ "edge-01" ];
            admins = lib.mkIf useKms [ "pat" ];
          };
          secret.token.targets = [ "edge-02" ];
        };
        flake.secrets.core = lib.concatMapAttrs (name: key: {
          ${name} = { };
        }) { } // {
          directory = "infra/core";
          recipients.admins = [ { name = "pat"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
          secret.root-ca = { };
        };
      });
}
