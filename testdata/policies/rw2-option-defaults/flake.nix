{
  description = "Lowest priorities: mkOptionDefault beside the option's own default (both kept), mkOptionDefault losing to mkDefault, mkDefault losing to a plain mkAfter list, a recipients set given as mkMerge with a conditional part, the only definition of a list under mkIf false (the default remains)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fallbacks.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.one.recipients.admins = lib.mkOptionDefault [ { name = "opt-default"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      flake.secrets.two.recipients.admins = lib.mkOptionDefault [ { name = "loses"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
      flake.secrets.three.recipients.admins = lib.mkDefault [ { name = "loses-too"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
      flake.secrets.four.recipients = lib.mkMerge [
        { admins = [ { name = "four-admin"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ]; }
        (lib.mkIf false { targets = [ { name = "never"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ]; })
      ];
    });
}
