{
  description = "mistake: flake is written as a module function { config }: without ..., and the module system passes more arguments";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake = { config }: {
        secrets.staging = {
          recipients.admins = [ { name = "ana"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } { name = "ben"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
          secret.db = { };
        };
        secrets.prod = {
          recipients.admins = config.secrets.staging.recipients.admins ++ [ { name = "cto"; pgp = "9F8E7D6C5B4A39281706F5E4D3C2B1A09F8E7D6C"; } ];
          secret.db = { };
        };
      };
    };
}
