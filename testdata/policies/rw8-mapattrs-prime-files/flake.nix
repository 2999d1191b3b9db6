{
  description = "lib.mapAttrs' renames services into <svc>-creds secrets whose file is built with concatStringsSep from path parts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        services = { grafana = [ "mon" ]; loki = [ "mon" "log" ]; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.obs = {
          recipients.admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "mon"; key = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; } { name = "log"; key = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ];
          secret = lib.mapAttrs' (svc: hosts: lib.nameValuePair "${svc}-creds" {
            targets = hosts;
            file = lib.concatStringsSep "/" [ "services" svc "creds.yaml" ];
          }) services;
        };
      });
}
