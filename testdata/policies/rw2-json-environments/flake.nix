{
  description = "Whole groups generated from one JSON file: lib.mapAttrs over environments, recipients looked up by name in a shared people table, secrets from a list with per-secret target lists, builtins.hasAttr and the ? operator for optional fields";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        cfg = builtins.fromJSON (builtins.readFile ./secrets-policy.json);
        person = name: { inherit name; } // cfg.people.${name};
        secretOf = s: lib.nameValuePair s.name ({ targets = s.hosts or [ ]; } // lib.optionalAttrs (s ? admins) { inherit (s) admins; });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets = lib.mapAttrs (env: e: {
          recipients.admins = map person e.admins;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) (e.hosts or { });
          secret = builtins.listToAttrs (map secretOf e.secrets);
        } // lib.optionalAttrs (builtins.hasAttr "directory" e) { inherit (e) directory; }) cfg.environments;
      });
}
