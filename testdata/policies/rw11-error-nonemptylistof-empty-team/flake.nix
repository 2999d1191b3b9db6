{
  description = "mistake: a new environment is added with an empty team while its admins are being chosen";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let people = import ./people.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        options.teams = lib.mkOption { type = lib.types.attrsOf (lib.types.nonEmptyListOf lib.types.str); };
        config = {
          systems = [ "x86_64-linux" ];
          teams = { prod = [ "ana" "ben" ]; staging = [ "cai" ]; qa = [ ]; };
          flake.secrets = lib.mapAttrs (env: names: {
            recipients.admins = map (n: { name = n; age = people.${n}; }) names;
            secret.db-root = { };
          }) config.teams;
        };
      });
}
