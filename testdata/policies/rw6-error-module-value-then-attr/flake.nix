{
  description = "Mistake: flake.secrets.qa = envModule; and flake.secrets.qa.secret.app-config.file = … in the same attribute set (Nix: already defined). Groups and secrets written as modules that take their own attribute name: flake.secrets.<env> = { name, ... }: { directory = \"vault/\${name}\"; }, and a secret module { name, ... } building its file from name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        envModule = { name, ... }: {
          directory = "vault/${name}";
          recipients.admins = [ { name = "sec-${name}"; age = if name == "prod" then "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw" else "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          recipients.targets = [ { name = "${name}-app"; age = if name == "prod" then "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" else "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
          secret.app-config = { name, ... }: {
            targets = [ "*" ];
            file = "config/${name}.json";
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = envModule;
        flake.secrets.qa = envModule;
        flake.secrets.qa.secret.app-config.file = lib.mkForce "config/qa/app-config.json";
      });
}
