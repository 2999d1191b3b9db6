{
  description = "Mistake: the module declares options and writes config.… but leaves systems = [ ] at the top level (Nix: unsupported attribute systems). A user option inventory of type submodule with freeformType attrsOf anything, defined in three modules (hosts merged by attribute), from which the policy is generated";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./inventory/web.nix ./inventory/db.nix ];
      systems = [ ];
      options.inventory = lib.mkOption {
        type = lib.types.submodule { freeformType = lib.types.attrsOf lib.types.anything; };
        default = { };
      };
      config.inventory.admin = { key = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; };
      config.flake.secrets.app = {
        recipients.admins = [ { name = "admin"; inherit (config.inventory.admin) key; } ];
        recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; })
          (lib.filterAttrs (n: h: h.role or "" != "") config.inventory);
        secret = {
          tls.targets = lib.attrNames (lib.filterAttrs (n: h: h.role or "" == "web") config.inventory);
          db-password.targets = lib.attrNames (lib.filterAttrs (n: h: h.role or "" != "") config.inventory);
        };
      };
    });
}
