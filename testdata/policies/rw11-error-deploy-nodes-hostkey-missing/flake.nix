{
  description = "mistake: a new deploy node (cache) is added but its host key is not in host-keys.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let hostKeys = import ./host-keys.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.deploy.nodes = {
          web = { hostname = "web.example.org"; profiles.system.sshUser = "root"; };
          db = { hostname = "db.example.org"; profiles.system.sshUser = "root"; };
          cache = { hostname = "cache.example.org"; profiles.system.sshUser = "root"; };
        };
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: node: { inherit name; key = hostKeys.${node.hostname}; }) config.flake.deploy.nodes;
          secret.postgres-password.targets = [ "db" "web" ];
        };
      });
}
