{
  description = "A key with a valid checksum but non-zero padding bits";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age19wwp6ls0xlzyjgda8ajkf6kl0u2z5unx33r7yg73dmwcc3a5dt7pldascm"; } ];
      };
    };
}
