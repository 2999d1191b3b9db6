{
  description = "A whitespace-separated recipients.txt (role, name, key; comment and blank lines) parsed with splitString/filter/match; names lowercased with toLower and the domain cut with removeSuffix; an SSH key with a comment split back together with concatStringsSep";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = lib.filter (l: l != "" && !(lib.hasPrefix "#" l)) (lib.splitString "\n" (builtins.readFile ./recipients.txt));
        fields = l: lib.filter (w: w != "") (lib.splitString " " l);
        parse = l:
          let f = fields l; in {
            role = builtins.elemAt f 0;
            name = lib.toLower (lib.removeSuffix ".prod" (builtins.elemAt f 1));
            key = lib.concatStringsSep " " (lib.drop 2 f);
          };
        entries = map parse lines;
        ofRole = role: map (e: { inherit (e) name key; }) (lib.filter (e: e.role == role) entries);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = ofRole "admin";
          recipients.targets = ofRole "target";
          secret.nginx-basic-auth.targets = lib.filter (lib.hasPrefix "web-") (map (e: e.name) (ofRole "target"));
          secret.rabbitmq-cookie.targets = [ "queue-1" ];
          secret.root-ca.admins = [ "alice.martin" ];
        };
      });
}
