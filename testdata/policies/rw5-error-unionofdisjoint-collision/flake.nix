{
  description = "Two teams' secret sets merged with lib.attrsets.unionOfDisjoint to catch name clashes; both define redis-password, so unionOfDisjoint throws its own message when the secret set is read";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teamA = { redis-password.targets = [ "cache" ]; sentry-dsn.targets = [ "cache" ]; };
        teamB = { redis-password = { admins = [ "zed" ]; }; mailgun-key = { }; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.shared = {
          recipients.admins = [ { name = "zed"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "yan"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          recipients.targets = [ { name = "cache"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          secret = lib.attrsets.unionOfDisjoint teamA teamB;
        };
      });
}
