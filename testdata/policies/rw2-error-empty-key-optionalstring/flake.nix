{
  description = "A recipient's PGP field built with lib.optionalString for people who have no PGP key: the empty string is still a key, and malformed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        person = { name, age, pgp ? null }: { inherit name age; pgp = lib.optionalString (pgp != null) pgp; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [
            (person { name = "uma"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; pgp = "0123456789ABCDEF0123456789ABCDEF01234567"; })
            (person { name = "val"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; })
          ];
          secret.x = { };
        };
      });
}
