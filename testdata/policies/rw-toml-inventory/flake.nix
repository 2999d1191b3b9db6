{
  description = "A richer TOML inventory: inline tables, arrays of tables, literal and multi-line strings, dotted keys, trailing commas; names selected with builtins.match and POSIX classes";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = builtins.fromTOML (builtins.readFile ./inventory.toml);
        running = svc: map (h: h.name) (lib.filter (h: lib.elem svc h.services) inv.host);
        # Hosts whose name is letters, a dash and digits.
        numbered = lib.filter (n: builtins.match "[[:alpha:]]+-[[:digit:]]+" n != null) (map (h: h.name) inv.host);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.fleet = {
          recipients.admins = lib.mapAttrsToList (name: p: { inherit name; } // p) inv.people;
          recipients.targets = map (h: { inherit (h) name age; }) inv.host;
          secret.acme-account = { targets = running "acme"; admins = inv.defaults.admins; };
          secret.nginx-htpasswd.targets = running "nginx";
          secret.pg-replication.targets = running "postgres";
          secret.node-exporter.targets = numbered;
          secret.split-check.targets = lib.filter builtins.isString (builtins.split "[[:space:],]+" "edge-1, edge-2	pg.primary");
        };
      });
}
