{
  description = "A base module and a site override: mkForce replaces a group's admins, mkOverride 900 beats mkDefault, a secret's targets defined in two modules concatenate (repeats select once), admins narrowed with mkDefault and then set plainly elsewhere";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./site.nix ];
      systems = [ "x86_64-linux" ];
    });
}
