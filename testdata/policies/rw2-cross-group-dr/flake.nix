{
  description = "A disaster-recovery group mirrors prod: its secret names are prod's (builtins.attrNames of config.flake.secrets.prod.secret), its targets are prod's targets renamed with a dr- prefix, and its admins are prod's admins sorted by name with lib.sort";

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
        imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ];
        systems = [ "x86_64-linux" ];

        flake.secrets.dr = {
          directory = "dr/secrets";
          recipients.admins = lib.sort (a: b: a.name < b.name) prod.recipients.admins;
          recipients.targets = map (t: t // { name = "dr-${t.name}"; }) prod.recipients.targets;
          secret = lib.genAttrs (builtins.attrNames prod.secret) (s: {
            targets = map (t: "dr-${t}") prod.secret.${s}.targets;
          });
        };
      });
}
