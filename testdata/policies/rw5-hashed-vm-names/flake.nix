{
  description = "Ephemeral VM recipients named vm-<first 8 hex digits of sha256(fqdn)> with builtins.hashString/substring, the same expression used in the selection; admins from a let-bound attrset";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        shortId = fqdn: "vm-" + builtins.substring 0 8 (builtins.hashString "sha256" fqdn);
        vms = {
          "build1.ci.example.org" = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex";
          "build2.ci.example.org" = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n";
          "cache.ci.example.org" = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ci = {
          recipients.admins = [ { name = "xena"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
          recipients.targets = lib.mapAttrsToList (fqdn: key: { name = shortId fqdn; inherit key; }) vms;
          secret.attic-token.targets = [ (shortId "cache.ci.example.org") ];
          secret.builder-ssh-key.targets = map shortId (lib.filter (lib.hasPrefix "build") (lib.attrNames vms));
        };
      });
}
