{
  description = "keys/admins/*.age and keys/hosts/*.{age,pub} read with builtins.readDir and lib.mapAttrs' (suffix stripped with removeSuffix only for .age, so an editor backup carol.age.bak becomes its own admin holding carol's key)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        readKeys = dir:
          lib.mapAttrs'
            (file: _: lib.nameValuePair
              (lib.removeSuffix ".pub" (lib.removeSuffix ".age" file))
              (lib.fileContents (dir + "/${file}")))
            (lib.filterAttrs (_: type: type == "regular") (builtins.readDir dir));
        toRecipients = lib.mapAttrsToList (name: key: { inherit name key; });
        adminKeys = readKeys ./keys/admins;
        hostKeys = readKeys ./keys/hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.infra = {
          recipients.admins = toRecipients adminKeys;
          recipients.targets = toRecipients hostKeys;
          secret.smtp-relay-password.targets = [ "mail" "git" ];
          secret.runner-registration = {
            admins = [ "alice" ];
            targets = lib.filter (lib.hasPrefix "ci-") (lib.attrNames hostKeys);
          };
          secret.gitea-oauth.targets = [ "git" ];
        };
      });
}
