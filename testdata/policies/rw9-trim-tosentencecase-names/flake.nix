{
  description = "team members from a CSV-like text file (name, role, key per line, padded with spaces), cleaned with lib.strings.trim and toLower; roles decide admins vs targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rows = map (l: map lib.strings.trim (lib.splitString "," l))
          (lib.filter (l: lib.strings.trim l != "" && !lib.hasPrefix "name" l) (lib.splitString "\n" (builtins.readFile ./members.csv)));
        toRec = r: { name = lib.toLower (builtins.elemAt r 0); key = builtins.elemAt r 2; };
        byRole = role: map toRec (lib.filter (r: builtins.elemAt r 1 == role) rows);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ops = {
          recipients.admins = byRole "admin";
          recipients.targets = byRole "service";
          secret.pagerduty.targets = [ "alertmanager" ];
          secret.backup-key.targets = [ "*" ];
        };
      });
}
