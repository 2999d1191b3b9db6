{
  description = "runner keys declared per system (perSystem option runnerKey) read through config.allSystems.<system>";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      perSystem = { system, ... }: {
        options.runnerKey = lib.mkOption { type = lib.types.str; };
        config.runnerKey = if system == "x86_64-linux" then "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p" else "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a";
      };
      flake.secrets.ci = {
        recipients.admins = [ { name = "release"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
        recipients.targets = lib.mapAttrsToList (system: c: { name = "runner-${system}"; age = c.runnerKey; }) config.allSystems;
        secret.cachix.targets = [ "*" ];
      };
    });
}
