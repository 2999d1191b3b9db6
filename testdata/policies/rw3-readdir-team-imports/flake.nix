{
  description = "Team modules found with builtins.readDir and imported with path interpolation (./teams/\${n}), each a function of lib taking its own team name from baseNameOf of its file; groups written with quoted and interpolated attribute names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ]
        ++ map (n: ./teams/${n}) (builtins.attrNames (lib.filterAttrs (n: t: t == "regular" && lib.hasSuffix ".nix" n) (builtins.readDir ./teams)));
      systems = [ "x86_64-linux" ];
      flake.secrets."prod".recipients.admins = lib.mkBefore [ { name = "root-ca"; pgp = "FEDCBA9876543210FEDCBA9876543210FEDCBA98"; } ];
    });
}
