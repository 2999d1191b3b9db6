{
  description = "Recipients as modules reading their own config: a helper module that adds a KMS key only when the recipient has no age key, and one that derives a comment-free SSH key";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        kmsFallback = { config, ... }: {
          kms = lib.mkIf (config.age == [ ]) "arn:aws:kms:eu-west-1:111122223333:alias/fallback-${config.name}";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [
            (lib.mkMerge [ kmsFallback { name = "wyn"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ])
            (lib.mkMerge [ kmsFallback { name = "xan"; pgp = "ABCDEF0123456789ABCDEF0123456789ABCDEF01"; } ])
          ];
          secret.s = { };
        };
      });
}
