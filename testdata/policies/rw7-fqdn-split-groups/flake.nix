{
  description = "Hosts given as FQDNs (web1.eu.prod.example.com); the group is the environment+region part (prod.eu) and the target the short name, both from lib.splitString \".\"; an uppercase group too";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        fqdns = { "web1.eu.prod.example.com" = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; "web2.us.prod.example.com" = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; "db1.eu.prod.example.com" = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        parts = f: lib.splitString "." f;
        groupOf = f: let p = parts f; in "${builtins.elemAt p 2}.${builtins.elemAt p 1}";
        byGroup = builtins.groupBy (f: groupOf f) (builtins.attrNames fqdns);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.mapAttrs (g: fs: {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (f: { name = builtins.head (parts f); key = fqdns.${f}; }) fs;
          secret."tls.key".targets = [ "*" ];
        }) byGroup // {
          LEGACY = { recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret."Old.Secret" = { }; };
        };
      });
}
