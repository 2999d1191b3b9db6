{
  description = "recipients.txt lines 'role name key…' parsed with builtins.split on spaces (filtering the match lists), the key being the rest of the line (ssh keys contain spaces); lib.traceVal on the count";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        lines = builtins.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./recipients.txt));
        parse = l:
          let words = builtins.filter builtins.isString (builtins.split " " l); in
          { role = builtins.elemAt words 0; name = builtins.elemAt words 1; key = lib.concatStringsSep " " (lib.drop 2 words); };
        rs = map parse lines;
        n = lib.traceVal (builtins.length rs);
        pick = role: map (r: { inherit (r) name key; }) (builtins.filter (r: r.role == role) rs);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.lab = {
          recipients.admins = pick "admin";
          recipients.targets = pick "target";
          secret."count-${toString n}".targets = [ "*" ];
        };
      });
}
