{
  description = "rotation: lib.remove drops a decommissioned host, lib.take 2 picks the two primary on-calls as admins of the pager secret, lib.drop 1 the secondaries";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (builtins) map attrNames;
        inherit (lib) remove take drop;
        rota = [ "uma" "vic" "wes" ];
        keys = { uma = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; vic = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; wes = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
        hosts = { edge1 = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; edge2 = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; edge3 = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; };
        live = remove "edge2" (attrNames hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.edge = {
          recipients.admins = map (n: { name = n; age = keys.${n}; }) rota;
          recipients.targets = map (n: { name = n; age = hosts.${n}; }) live;
          secret.pager.admins = take 2 rota;
          secret.cdn-origin-cert = { admins = drop 1 rota; targets = live; };
        };
      });
}
