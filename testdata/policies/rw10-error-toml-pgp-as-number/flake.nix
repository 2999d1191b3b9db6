{
  description = "mistake: in keys.toml rhea gets a pgp fingerprint of digits only written without quotes (a TOML integer, out of range)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        k = lib.importTOML ./keys.toml;
        admins = lib.mapAttrsToList (name: p: { inherit name; age = p.age; pgp = p.pgp or [ ]; }) k.people;
        hostsIn = env: lib.filterAttrs (_: h: h.env == env) k.hosts;
        envs = lib.unique (lib.mapAttrsToList (_: h: h.env) k.hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs envs (env: {
          recipients.admins = admins;
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.ssh; }) (hostsIn env);
          secret.wg-private.targets = [ "*" ];
        });
      });
}
