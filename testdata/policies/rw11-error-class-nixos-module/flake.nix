{
  description = "mistake: a NixOS module (_class = \"nixos\") from the hosts directory is imported into the flake-parts evaluation";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./policy.nix ./hosts/blog.nix ];
      systems = [ "x86_64-linux" ];
    };
}
