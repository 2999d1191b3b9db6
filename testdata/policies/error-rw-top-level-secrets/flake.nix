{
  description = "The policy written at the top level of the flake-parts module (secrets.…) instead of under flake.secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1msf6rcnmnp3vd35370uvzyhjyuqdvfjqy8w8tlk0m480m4negf7sgkjpsm"; } ];
        secret.token = { };
      };
    };
}
