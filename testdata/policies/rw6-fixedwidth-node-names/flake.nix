{
  description = "Node names built with lib.fixedWidthNumber over lib.range and lib.imap1 (node-01..node-04), keys zipped from a list; a secret per rack chosen with lib.sublist";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = [ "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj" "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p" "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a" "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja" ];
        nodes = lib.imap1 (i: k: { name = "node-${lib.fixedWidthNumber 2 i}"; age = k; }) keys;
        names = map (n: n.name) nodes;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.hpc = {
          recipients.admins = [ { name = "hpc-admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = nodes;
          secret = lib.listToAttrs (map (r: lib.nameValuePair "rack${toString r}-ipmi" {
            targets = lib.sublist ((r - 1) * 2) 2 names;
          }) (lib.range 1 2)) // {
            munge-key.targets = names;
          };
        };
      });
}
