{
  description = "A PGP fingerprint written with 0x, as gpg --list-keys --keyid-format 0xlong shows ids";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "alice"; key = "age1vdqpuhlax6crce9e0mhlkeelz4g47uzfzm8w7x69wu36g3vu0d7shs0av3"; }
          { name = "bob"; key = "0x85D77543B3D624B63CEA9E6DBC17301B491B3F21"; }
        ];
        secret.gpg-backup = { };
      };
    };
}
