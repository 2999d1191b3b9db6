{
  description = "A post-quantum age key pasted from a terminal that wrapped it: the key file holds it on two lines, lib.fileContents keeps the inner line break";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.vault = {
        recipients.admins = [
          { name = "cleo"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
          { name = "cleo-pq"; age = lib.fileContents ./keys/cleo-pq.pub; }
        ];
        secret.rootToken = { };
      };
    });
}
