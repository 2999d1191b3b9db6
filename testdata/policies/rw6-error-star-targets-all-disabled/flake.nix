{
  description = "Mistake: a secret for every target (targets = [ \"*\"], admins = [ ]) in a group whose only targets are behind lib.mkIf false (the feature is off), so it selects nobody";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let enableEdge = false; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.edge = {
          recipients.admins = [ { name = "noc"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mkIf enableEdge [ { name = "edge-1"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret.noc-only = { };
          secret.edge-cache-key = { admins = [ ]; targets = [ "*" ]; };
        };
      });
}
