{
  description = "perSystem sets its own pkgs (nixpkgs with an overlay, as flakes do) beside the runner key option that withSystem reads; pkgs itself is never needed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, withSystem, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
      perSystem = { system, pkgs, ... }: {
        config._module.args.pkgs = import inputs.nixpkgs { inherit system; overlays = [ (final: prev: { runner = prev.hello; }) ]; };
        options.runnerKey = lib.mkOption { type = lib.types.str; };
        config.runnerKey = if system == "x86_64-linux" then "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx" else "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq";
        config.packages.runner = pkgs.runner;
      };
      flake.secrets.ci = {
        recipients.admins = [ { name = "release-eng"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        recipients.targets = map (system: withSystem system ({ config, ... }: { name = "runner-${system}"; age = config.runnerKey; })) config.systems;
        secret.cachix-token.targets = [ "*" ];
      };
    });
}
