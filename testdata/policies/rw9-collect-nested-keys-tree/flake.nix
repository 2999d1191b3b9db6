{
  description = "keys kept in a nested tree (people/hosts by site); lib.collect finds every leaf record with an age field, and mapAttrsRecursive stamps site names; the order is attribute order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        tree = {
          people = { ops = { name = "pat"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }; sec = { name = "quinn"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; };
          sites = {
            fra = { fra-web = { name = "fra-web"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }; fra-db = { name = "fra-db"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }; };
            ams = { ams-web = { name = "ams-web"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }; };
          };
        };
        isRecipient = x: x ? age && x ? name;
        hosts = lib.collect isRecipient tree.sites;
        siteOf = lib.concatMapAttrs (site: hs: lib.mapAttrs (_: _: site) hs) tree.sites;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.collect isRecipient tree.people;
          recipients.targets = hosts;
          secret = lib.mapAttrs' (host: site: lib.nameValuePair "${site}-${lib.removePrefix "${site}-" host}-tls" { targets = [ host ]; }) siteOf;
        };
      });
}
