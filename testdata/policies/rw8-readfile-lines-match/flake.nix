{
  description = "keys.txt lines 'name role key', parsed with splitString, lib.remove \"\", and builtins.match; comments starting with # skipped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = builtins.filter (l: l != "" && !lib.hasPrefix "#" l) (lib.splitString "\n" (builtins.readFile ./keys.txt));
        parse = l: let m = builtins.match "([a-z0-9-]+) +(admin|target) +(.*)" l; in { name = builtins.elemAt m 0; role = builtins.elemAt m 1; key = builtins.elemAt m 2; };
        entries = map parse lines;
        pick = role: map (e: { inherit (e) name key; }) (builtins.filter (e: e.role == role) entries);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.lab = {
          recipients.admins = pick "admin";
          recipients.targets = pick "target";
          secret.lab-vpn.targets = [ "*" ];
        };
      });
}
