{
  description = "Secret names derived from the already-encrypted files in secrets/web (readDir, removeSuffix .yaml); one file was created as 'smtp password.yaml' with a space, so its secret name is invalid";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        files = lib.attrNames (lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".yaml" n) (builtins.readDir ./secrets/web));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.web = {
          recipients.admins = [ { name = "olaf"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ];
          recipients.targets = [ { name = "web"; key = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ];
          secret = lib.genAttrs (map (lib.removeSuffix ".yaml") files) (_: { targets = [ "web" ]; });
        };
      });
}
