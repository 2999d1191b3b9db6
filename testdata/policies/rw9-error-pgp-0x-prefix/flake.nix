{
  description = "mistake: a PGP fingerprint written 0x-prefixed as gpg --keyid-format 0xlong shows it, in the short form key";

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
          { name = "alice"; key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          { name = "legacy-gpg"; key = "0xA1B2C3D4E5F60718293A4B5C6D7E8F9012345678"; }
        ];
        secret.db = { };
      };
    };
}
