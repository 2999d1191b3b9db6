{
  description = "user option inventory = attrsOf anything; two modules give one host differing role strings: mergeEqualOption's conflict";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./web.nix ];
      options.inventory = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
      config = {
        systems = [ ];
        inventory.web = { role = "frontend"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
        flake.secrets.prod = {
          recipients.targets = lib.mapAttrsToList (n: h: { name = n; inherit (h) age; }) config.inventory;
          secret.tls.targets = lib.attrNames (lib.filterAttrs (n: h: h.role == "frontend") config.inventory);
        };
      };
    });
}
