{
  description = "Recipients mapped from an attribute set of keys, the name forgotten";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { app = "age13ffvh597f90x3hjau688cmxjeql2acv77x2yqrtht3rjjs92lyxq0hachh"; worker = "age1nv4m5js427a7mc4jq7z57k9587tj7f88ekkcekrzud793w2v8s6s4hanuu"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age1ltcsgm0ktwtcwdjnsjv8zxj2046aeqquyu7e9e6hj8ngjkp8uy8s59hl00"; } ];
          recipients.targets = lib.mapAttrsToList (_: age: { inherit age; }) hosts;
          secret.queue = { };
        };
      });
}
