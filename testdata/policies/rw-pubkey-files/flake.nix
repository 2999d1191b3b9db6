{
  description = "An agenix port: keys/users/*.pub and keys/hosts/*.pub (SSH keys with comments, one age key) found with readDir, named after the file, read with lib.fileContents";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        pubKeysIn = dir: lib.mapAttrs'
          (file: _: lib.nameValuePair (lib.removeSuffix ".pub" file) (lib.fileContents (dir + "/${file}")))
          (lib.filterAttrs (file: type: type == "regular" && lib.hasSuffix ".pub" file) (builtins.readDir dir));
        users = pubKeysIn ./keys/users;
        hosts = pubKeysIn ./keys/hosts;
        asRecipients = lib.mapAttrsToList (name: key: { inherit name key; });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.hosts = {
          recipients.admins = asRecipients users;
          recipients.targets = asRecipients hosts;
          secret = {
            "nextcloud-admin".targets = [ "web1" "web2" ];
            "postgres-password".targets = [ "db1" "web1" "web2" ];
            "dkim-key" = { targets = [ "mail" ]; admins = [ "alice" ]; };
            "restic-password".targets = builtins.attrNames hosts;
          };
        };
      });
}
