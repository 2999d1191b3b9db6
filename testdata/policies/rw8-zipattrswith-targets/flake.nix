{
  description = "two per-team maps secret -> hosts merged with lib.zipAttrsWith and lib.concatLists, then mapAttrs into secret definitions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teamA = { api-key = [ "a1" ]; shared-db = [ "a1" ]; };
        teamB = { shared-db = [ "b1" ]; metrics = [ "b1" ]; };
        merged = lib.zipAttrsWith (_: lists: lib.concatLists lists) [ teamA teamB ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.apps = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "b1"; key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } { name = "a1"; key = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
          secret = lib.mapAttrs (_: hosts: { targets = hosts; }) merged;
        };
      });
}
