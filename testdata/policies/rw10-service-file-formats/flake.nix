{
  description = "services.nix lists each service's secret format; file = secrets/<group>/<svc>/<name>.<ext> with yaml, json, env, ini and binary";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        services = import ./services.nix;
        ext = { yaml = "yaml"; json = "json"; dotenv = "env"; ini = "ini"; binary = "bin"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "k3s"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret = lib.mapAttrs' (svc: s: lib.nameValuePair "${svc}-${s.name}" {
            file = "secrets/prod/${svc}/${s.name}.${ext.${s.format}}";
            targets = [ "k3s" ];
          }) services;
        };
      });
}
