{
  description = "A target key pasted into an indented string ('' ... '') on its own line, so it keeps a trailing line feed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.media = {
        recipients.admins = [ { name = "olga"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ];
        recipients.targets = [
          { name = "jellyfin"; key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; }
          {
            name = "sonarr";
            key = ''
              age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja
            '';
          }
        ];
        secret.api-keys.targets = [ "*" ];
      };
    };
}
