{
  description = "probe: inventory = attrsOf anything, inventory.a.keys.age and inventory.a.net.ip in two modules";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default { inventory.a.net.ip = "10.0.0.1"; } ];
      options.inventory = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
      config = {
        systems = [ ];
        inventory.a.keys.age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        flake.secrets.prod.recipients.admins = [ { name = "a"; age = config.inventory.a.keys.age; } ];
      };
    });
}
