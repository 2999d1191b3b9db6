{
  description = "mistake: mail.nix sets org.domain to example.com while org.nix says example.org";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./org.nix ./mail.nix ./web.nix ];
      options.org.domain = lib.mkOption { type = lib.types.str; };
      config.systems = [ "x86_64-linux" ];
    });
}
