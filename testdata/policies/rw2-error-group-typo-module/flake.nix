{
  description = "A host module adds a secret to the group prd instead of prod: that group has no targets, so the selection fails against an enum holding only "*"";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts/web.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "cy"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ];
        recipients.targets = [ { name = "web"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
      };
    });
}
