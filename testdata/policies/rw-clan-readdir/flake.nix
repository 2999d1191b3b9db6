{
  description = "A clan-like sops/ tree: machines and users are directories holding key.json (one key or a list), secrets are directories whose machines/ entries say who reads them; everything found with builtins.readDir";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dirsIn = dir: lib.attrNames (lib.filterAttrs (_: type: type == "directory") (builtins.readDir dir));
        # key.json holds one key object or a list of them.
        keysOf = dir: map (k: k.publickey) (lib.toList (lib.importJSON (dir + "/key.json")));
        recipientsIn = dir: map (name: { inherit name; key = keysOf (dir + "/${name}"); }) (dirsIn dir);
        readersOf = secret: kind:
          let dir = ./sops/secrets + "/${secret}/${kind}"; in
          if builtins.pathExists dir then builtins.attrNames (builtins.readDir dir) else [ ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];

        flake.secrets.clan = {
          directory = "sops/secrets";
          recipients.admins = recipientsIn ./sops/users;
          recipients.targets = recipientsIn ./sops/machines;
          secret = lib.genAttrs (dirsIn ./sops/secrets) (name: {
            file = "sops/secrets/${name}/secret";
            targets = readersOf name "machines";
          } // lib.optionalAttrs (builtins.pathExists (./sops/secrets + "/${name}/users")) {
            admins = readersOf name "users";
          });
        };
      });
}
