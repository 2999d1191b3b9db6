{
  description = "mistake: lib.filterAttrs given a one-argument predicate (h: h.env == \"prod\"), so it receives the name string";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = import ./hosts.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.key; }) (lib.filterAttrs (h: h.env == "prod") hosts);
          secret.db.targets = [ "*" ];
        };
      });
}
