{
  description = "A module that sets _file: errors in it name that file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./web.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1fxdanmxhl9z5umzeqyvg865jlf8aslclm90xfxarjn9qn7795azqxy3nvy"; } ];
        recipients.targets = [ { name = "web-1"; age = "age1uqfk39mm6hwkntadyv7dlguh7n3a06ld3ekq6a5mj9gs4cs29vesmmeh5a"; } ];
      };
    };
}
