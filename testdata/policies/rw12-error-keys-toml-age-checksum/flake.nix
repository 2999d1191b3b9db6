{
  description = "mistake: one character of ria's age key was mistyped in keys.toml (bech32 checksum fails)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromTOML (builtins.readFile ./keys.toml);
        person = name: p: { inherit name; age = p.age; pgp = p.pgp or [ ]; };
        machine = name: m: { inherit name; age = m.ssh; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ci = {
          recipients.admins = lib.mapAttrsToList person keys.people;
          recipients.targets = lib.mapAttrsToList machine keys.machines;
          secret.cachix-auth-token.targets = [ "*" ];
          secret.github-app-key.targets = [ "build01" ];
          secret.signing-key = {
            admins = [ "joe" ];
            targets = [ "build01" "build02" ];
          };
        };
      });
}
