{
  description = "Conditions that read flake.secrets where Nix never evaluates them while listing the groups: a group-level mkIf inside mkIf false, a secret-level mkIf reading another group, a group written as a function whose config is a mkIf reading another group, and imports computed from lib without config";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        groups = config.flake.secrets;
        off = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ] ++ lib.optional (!off) { systems = [ "x86_64-linux" ]; };
        flake.secrets = lib.mkMerge [
          {
            prod.recipients.admins = [ { name = "ida"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
            prod.recipients.targets = [ { name = "web"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
            prod.secret.db.targets = [ "web" ];
          }
          (lib.mkIf off { canary = lib.mkIf (groups ? prod) { recipients.admins = groups.prod.recipients.admins; }; })
          {
            staging.recipients.admins = groups.prod.recipients.admins;
            staging.secret.api = lib.mkIf (groups.prod.recipients.targets != [ ]) { };
            qa = { name, ... }: { config = lib.mkIf (groups ? prod) { recipients.admins = groups.prod.recipients.admins; secret."${name}-db" = { }; }; };
          }
        ];
      });
}
