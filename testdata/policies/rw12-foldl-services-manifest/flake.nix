{
  description = "services.nix lists services with their hosts and owners; foldl' builds the secrets (one per service, admins narrowed to owners) and the targets are every host mentioned, deduplicated with unique";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        services = import ./services.nix;
        keys = import ./keys.nix;
        allHosts = lib.unique (lib.concatMap (s: s.hosts) services);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = map (n: { name = n; age = keys.people.${n}; }) [ "pat" "quinn" "ravi" ];
          recipients.targets = map (h: { name = h; age = keys.hosts.${h}; }) allHosts;
          secret = lib.foldl' (acc: s: acc // {
            ${s.name} = { admins = s.owners; targets = s.hosts; };
          }) { } services;
        };
      });
}
