{
  description = "A helper that throws for a host without a key, called with a misspelled host";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostKeys = { alpha = "age1umkum6v5s8unq6xze77tedte7hprc8spmkpka3exp2dydlk0l4wsmnhp76"; beta = "age1jh6t6rws4wmnx06k6xarn0vsxkm6ajzv4yekjuw7ze0vhckfhvhsa66yu3"; };
        host = name: { inherit name; age = hostKeys.${name} or (throw "hosts: no key for ${name}, add it to hostKeys"); };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age16etkseug4w3vela3pcxr2dqxdkg0ar8f0end4xecg9amgmdplfcs78yax4"; } ];
          recipients.targets = map host [ "alpha" "betta" ];
          secret.token.targets = [ "*" ];
        };
      });
}
