{
  description = "Mistake: hosts listed in JSON with numeric ids, used directly as names (name = 101, an integer)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.racks = {
        recipients.admins = [ { name = "dc-ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = map (h: { name = h.id; age = h.age; }) (lib.importJSON ./hosts.json);
        secret.bmc-password.targets = [ "*" ];
      };
    });
}
