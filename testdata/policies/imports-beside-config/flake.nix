{
  description = "Imports chosen without config (from inputs and a let-bound flag), one of them a module whose definitions read config lazily: legal, unlike imports computed from config";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        withOps = true;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ]
          ++ lib.optional (inputs ? nixpkgs) ./extra.nix
          ++ lib.optional withOps { flake.secrets.ops = { recipients.admins = config.flake.secrets.prod.recipients.admins; secret.pager = { }; }; };
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "pia"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
          secret.x.targets = [ "extra" ];
        };
      });
}
