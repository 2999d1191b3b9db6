{
  description = "keys in keys.toml ([people.alice], [hosts.web1] tables of tables) read with builtins.fromTOML; mapAttrsToList turns each table into a recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromTOML (builtins.readFile ./keys.toml);
        toRecipients = lib.mapAttrsToList (name: v: { inherit name; } // v);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.infra = {
          recipients.admins = toRecipients keys.people;
          recipients.targets = toRecipients keys.hosts;
          secret.wg-private.targets = [ "gw1" ];
          secret.smtp-relay.targets = [ "gw1" "mail" ];
        };
      });
}
