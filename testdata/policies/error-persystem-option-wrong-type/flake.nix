{
  description = "mistake: the perSystem option runnerKey is a string, defined as a list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, withSystem, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      perSystem = { system, ... }: {
        options.runnerKey = lib.mkOption { type = lib.types.str; };
        config.runnerKey = [ "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx" ];
      };
      flake.secrets.ci = {
        recipients.admins = [ { name = "release-eng"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        recipients.targets = map (system: withSystem system ({ config, ... }: { name = "runner-${system}"; age = config.runnerKey; })) config.systems;
        secret.cachix-token.targets = [ "*" ];
      };
    });
}
