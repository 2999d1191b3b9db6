{
  description = "mistake: team-eu writes opsTeam as \"lea, noah\" with a space; the split name \" noah\" is not a key in keys.json";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let keys = builtins.fromJSON (builtins.readFile ./keys.json); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./team-eu.nix ./team-us.nix ];
        options.opsTeam = lib.mkOption { type = lib.types.commas; };
        config = {
          systems = [ "x86_64-linux" ];
          flake.secrets.ops = {
            recipients.admins = map (n: { name = n; age = keys.${n}; }) (lib.splitString "," config.opsTeam);
            secret.pagerduty-key = { };
          };
        };
      });
}
