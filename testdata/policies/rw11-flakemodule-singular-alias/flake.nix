{
  description = "the module imported as inputs.secrets-lsp.flakeModule (singular, the old convention): flake-parts' flakeModules module publishes it as an alias of flakeModules.default";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModule ];
      systems = [ "x86_64-linux" ];
      flake.secrets.shop = {
        recipients.admins = [ { name = "owner"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
        secret.stripe-key = { };
      };
    };
}
