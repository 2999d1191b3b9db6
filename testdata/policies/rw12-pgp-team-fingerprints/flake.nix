{
  description = "a PGP-only team (pre-age): v4 and v5 fingerprints, one of decimal digits only, one lowercase; some through key, release-signing narrowed to two maintainers";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.release = {
        recipients.admins = [
          { name = "hugo"; pgp = "85E38F69046B44C1EC9FB07B76D78F0500D026C4"; }
          { name = "greta"; pgp = "1234567890123456789012345678901234567890"; }
          { name = "olaf"; key = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"; }
          { name = "yuki"; key = "7F3A1B2C3D4E5F60718293A4B5C6D7E8F9012345678901234567890ABCDEF012"; }
        ];
        recipients.targets = [
          { name = "release-bot"; pgp = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C"; }
        ];
        secret.release-signing-key = {
          admins = [ "hugo" "yuki" ];
          targets = [ "release-bot" ];
        };
        secret.pypi-token.targets = [ "release-bot" ];
        secret.sonatype = { };
      };
    };
}
