{
  description = "staging is prod patched with lib.updateManyAttrsByPath: its own directory, its own targets, and one prod-only secret removed";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        prod = {
          recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "ben"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          recipients.targets = [ { name = "prod-app"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } ];
          secret = { db-url.targets = [ "*" ]; stripe-live.targets = [ "prod-app" ]; smtp = { }; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = prod;
        flake.secrets.staging = lib.updateManyAttrsByPath [
          { path = [ "directory" ]; update = _: "secrets/stg"; }
          { path = [ "recipients" "targets" ]; update = _: [ { name = "stg-app"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } ]; }
          { path = [ "secret" ]; update = old: removeAttrs old [ "stripe-live" ]; }
        ] prod;
      });
}
