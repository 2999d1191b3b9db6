{
  description = "Modules that take static arguments: flake-parts.lib.importApply and a plain import applied to arguments";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    let
      people = {
        alice = "age1htp7zkyevnmyv3chneg7uf0jlxjw6pfgl4fxfd2trvd4d3up639seda8ug";
        dave = "age1qynejuhkgfy8wcma3fky59dv9cnw0sywsflv7xlp6n8e99uunqdsv08rx2";
      };
    in
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (flake-parts.lib.importApply ./secrets-module.nix {
          inherit people;
          hosts = { mx1 = "age1v2y527j9qn3n2hgha674v3qjjrtklphu6fn6x8jlxxuqlv9vx39s5ay5jg"; mx2 = "age1msf6rcnmnp3vd35370uvzyhjyuqdvfjqy8w8tlk0m480m4negf7sgkjpsm"; };
        })
        (import ./staging.nix { inherit people; })
      ];
      systems = [ "x86_64-linux" ];
    };
}
