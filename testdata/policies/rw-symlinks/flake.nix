{
  description = "Symbolic links, as clan's sops/ tree has them: a secret's machines/ entries link to the machine directories and keys are read through the links; a key file named current links to the dated one";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        entries = dir: if builtins.pathExists dir then builtins.readDir dir else { };
        linked = dir: lib.attrNames (lib.filterAttrs (_: type: type == "symlink") (entries dir));
        keyOf = dir: (lib.importJSON (dir + "/key.json")).publickey;
        secrets = lib.attrNames (builtins.readDir ./sops/secrets);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.clan = {
          recipients.admins = [ { name = "ops"; age = lib.fileContents ./keys/ops-current.age; } ]
            ++ map (u: { name = u; age = keyOf (./sops/users + "/${u}"); }) (lib.attrNames (builtins.readDir ./sops/users));
          # Keys read through the secrets' links, not from sops/machines directly.
          recipients.targets = lib.unique (lib.concatMap (s: map (m: { name = m; age = keyOf (./sops/secrets + "/${s}/machines/${m}"); }) (linked (./sops/secrets + "/${s}/machines"))) secrets);
          secret = lib.genAttrs secrets (s: {
            file = "sops/secrets/${s}/secret";
            targets = linked (./sops/secrets + "/${s}/machines");
          } // lib.optionalAttrs ((entries (./sops/secrets + "/${s}/users")) != { }) {
            admins = linked (./sops/secrets + "/${s}/users");
          });
        };
      });
}
