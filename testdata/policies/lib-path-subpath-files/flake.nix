{
  description = "secret files built with lib.path.subpath (join, normalise, components, isValid) from a directory setting and per-secret relative names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: let
      sp = lib.path.subpath;
      base = "./secrets//prod/";
      rel = name: lib.removePrefix "./" (sp.join [ base "${name}.yaml" ]);
    in {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        directory = lib.removePrefix "./" (sp.normalise base);
        recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = map (c: { name = c; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }) (sp.components "./web/./api");
        secret = lib.genAttrs (builtins.filter sp.isValid [ "db" "tls" "../escape" "/abs" ]) (name: { file = rel "certs/./${name}"; targets = [ "*" ]; });
      };
    });
}
