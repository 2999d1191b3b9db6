{
  description = "team.csv parsed with splitString and lib.strings.trim, lib.findFirst, lib.optional; the author adds a conditional secret set with a second `secret = lib.optionalAttrs …` beside `secret.<name>` paths in the same attribute set (Nix: attribute already defined)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rows = lib.tail (lib.filter (l: l != "") (lib.splitString "\n" (builtins.readFile ./team.csv)));
        parse = l:
          let c = map lib.strings.trim (lib.splitString "," l); in
          { name = builtins.elemAt c 0; role = builtins.elemAt c 1; primary = builtins.elemAt c 2 == "yes"; key = builtins.elemAt c 3; };
        people = map parse rows;
        rec' = p: { inherit (p) name key; };
        admins = lib.filter (p: p.role == "admin") people;
        hosts = lib.filter (p: p.role == "host") people;
        primary = lib.findFirst (p: p.primary) (lib.head admins) admins;
        canaryEnabled = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.berlin = {
          recipients.admins = map rec' admins;
          recipients.targets = map rec' hosts;
          secret.root-token = { admins = [ primary.name ]; };
          secret.app-token.targets = [ "berlin-1" ] ++ lib.optional canaryEnabled "berlin-2" ++ lib.optionals (!canaryEnabled) [ "berlin-2" ];
          secret = lib.optionalAttrs (lib.count (h: true) hosts >= 2) { quorum-share.targets = [ "*" ]; };
        };
      });
}
