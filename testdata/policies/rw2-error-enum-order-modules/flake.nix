{
  description = "Admins from three modules (one under mkBefore, one imported by another); a secret in a fourth module names an admin nobody declared: the enum lists the admins in the module system's merged order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
    });
}
