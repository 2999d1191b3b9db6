{
  description = "The whole flake.secrets built as one value: a base policy per environment, lib.recursiveUpdate with overrides, // and attrByPath defaults";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = {
          ana = "age1p3qzsk6eqpcjk9hj64rsdrk6gdeh6fzagwtc2sxymrpfnp39fgssnk2esj";
          ben = "age1duan9z29l7ymdncyz46ethhhxxma3nllazsp0eq7qj2mefna29dq4sccrt";
        };
        machines = {
          dev = { box = "age16xluwtrgny5v5mvjafx3q8wnegvew43s2xz7dygfqun68pxvsqnqcxj0uu"; };
          prod = { edge = "age1g92flhe6a73lx655vep84lafrtpgdwq9zp6l2kwy85qfvgymt9uq9qq8j3"; core = "age1ykz68m8557xhg0prpvk6gh5pmvc7w7jrp6379whpjwvhfv0w7d2sxpz6av"; };
        };
        base = env: {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) people;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) (lib.attrByPath [ env ] { } machines);
          secret.app.targets = [ "*" ];
          secret.registry = { };
        };
        overrides = {
          prod.secret.app.targets = [ "edge" ];
          prod.secret.core-only = { targets = [ "core" ]; admins = [ "ben" ]; };
          prod.directory = "secrets/prd";
          qa.secret.registry.file = "qa/registry.yaml";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets = lib.recursiveUpdate (lib.genAttrs [ "dev" "prod" "qa" ] base) overrides;
      });
}
