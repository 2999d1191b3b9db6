{
  description = "lib.pipe builds targets (filter, map, sort); builtins.partition splits hosts into retired/active; lib.subtractLists removes retired from a secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = [
          { name = "c"; key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; retired = false; }
          { name = "a"; key = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; retired = true; }
          { name = "b"; key = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; retired = false; }
        ];
        parts = builtins.partition (h: h.retired) hosts;
        allNames = map (h: h.name) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.pipe hosts [
            (builtins.filter (h: !h.retired))
            (map (h: { inherit (h) name key; }))
            (builtins.sort (x: y: x.name < y.name))
          ];
          secret.app.targets = lib.subtractLists (map (h: h.name) parts.right) allNames;
          secret.first.targets = [ (builtins.head parts.wrong).name ];
        };
      });
}
