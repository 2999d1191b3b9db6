{
  description = "Target order computed three ways that change the rules: lib.foldr building a list, lib.sort with a custom comparator on a priority field, and lib.reverseList";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = [
          { name = "c"; prio = 2; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
          { name = "a"; prio = 3; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
          { name = "b"; prio = 1; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
        ];
        byPrio = lib.sort (x: y: x.prio < y.prio) hosts;
        viaFoldr = lib.foldr (h: acc: acc ++ [ { inherit (h) name age; } ]) [ ] hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.sorted = {
          recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (h: { inherit (h) name age; }) byPrio;
          secret.all.targets = [ "*" ];
        };
        flake.secrets.folded = {
          recipients.admins = lib.reverseList [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "second"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          recipients.targets = viaFoldr;
          secret.all.targets = [ "a" "b" "c" ];
        };
      });
}
