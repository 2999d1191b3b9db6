{
  description = "runner keys as a perSystem option with a default per system, read with getSystem and config.perSystem for each of config.systems";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, getSystem, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
      perSystem = { system, config, ... }: {
        options.runner = {
          name = lib.mkOption { type = lib.types.str; default = "runner-${system}"; };
          age = lib.mkOption { type = lib.types.str; };
        };
        config.runner.age = if system == "x86_64-linux" then "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx" else "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq";
      };
      flake.secrets.ci = {
        recipients.admins = [ { name = "release-eng"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        recipients.targets = [ (getSystem "x86_64-linux").runner (config.perSystem "aarch64-linux").runner ];
        secret.deploy-key.targets = [ "runner-aarch64-linux" ];
      };
    });
}
