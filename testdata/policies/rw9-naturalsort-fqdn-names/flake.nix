{
  description = "hosts given as FQDNs (web2, web10, web1 .example.com); short names by splitting on dots, ordered with lib.naturalSort; a secret per host for the first two";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        fqdns = { "web10.example.com" = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; "web2.example.com" = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; "web1.example.com" = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
        short = fqdn: builtins.head (lib.splitString "." fqdn);
        keyOf = lib.mapAttrs' (fqdn: key: lib.nameValuePair (short fqdn) key) fqdns;
        ordered = lib.naturalSort (lib.attrNames keyOf);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (n: { name = n; age = keyOf.${n}; }) ordered;
          secret = lib.genAttrs (map (n: "${n}-env") (lib.take 2 ordered)) (s: { targets = [ (lib.removeSuffix "-env" s) ]; })
            // { fleet-token.targets = ordered; };
        };
      });
}
