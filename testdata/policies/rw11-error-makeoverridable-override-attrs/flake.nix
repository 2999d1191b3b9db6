{
  description = "mistake: the result of a lib.makeOverridable helper is given to flake.secrets as it is, with its override and overrideDerivation attributes";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkGroup = lib.makeOverridable ({ env, hosts ? { } }: {
          directory = "secrets/${env}";
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
          secret.app-env.targets = [ "*" ];
        });
        clean = g: g;
        prod = mkGroup { env = "prod"; hosts = { app-1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; }; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = clean prod;
        flake.secrets.staging = clean (prod.override { env = "staging"; hosts = { stg-1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; }; });
      });
}
