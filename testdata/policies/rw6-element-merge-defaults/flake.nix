{
  description = "Each recipient is lib.recursiveUpdate of a defaults record and the host record, and one is lib.mkMerge [ { name } { age } ] as a single list element";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        defaults = { age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; kms = [ ]; };
        hosts = [ { name = "edge-a"; } { name = "edge-b"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; kms = "arn:aws:kms:ap-southeast-2:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.cdn = {
          recipients.admins = [ (lib.mkMerge [ { name = "cdn-admin"; } { age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { pgp = "D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0"; } ]) ];
          recipients.targets = map (lib.recursiveUpdate defaults) hosts;
          secret.origin-auth.targets = [ "*" ];
        };
      });
}
