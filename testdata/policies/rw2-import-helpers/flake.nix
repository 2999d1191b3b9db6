{
  description = "Everyday helpers: lib.importJSON and lib.importTOML, inline JSON with builtins.fromJSON of an indented string, a key read through toString ./keys + \"/lead.pub\", attrValues of a mapAttrs that adds names, lib.flatten, inherit (lib.strings), imports guarded by builtins.pathExists (one present, one absent), mkMerge of imported values";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (lib.strings) removeSuffix hasPrefix;
        people = lib.importJSON ./people.json;
        machines = lib.importTOML ./machines.toml;
        bots = builtins.fromJSON ''
          { "renovate": "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz", "deployer": "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" }
        '';
        named = set: builtins.attrValues (lib.mapAttrs (name: v: v // { inherit name; }) set);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ]
          ++ lib.optional (builtins.pathExists ./local.nix) ./local.nix
          ++ lib.optional (builtins.pathExists ./site.nix) ./site.nix;
        systems = [ "x86_64-linux" ];

        flake.secrets.ops = lib.mkMerge [
          {
            recipients.admins = lib.flatten [
              (named people)
              [ { name = "lead"; age = removeSuffix "\n" (builtins.readFile (toString ./keys + "/lead.pub")); } ]
              (lib.mapAttrsToList (name: age: { name = "bot-${name}"; inherit age; }) bots)
            ];
          }
          (import ./targets.nix { inherit machines; })
          { secret.pager.admins = builtins.filter (n: !hasPrefix "bot-" n) (map (p: p.name) (named people)); }
        ];
      });
}
