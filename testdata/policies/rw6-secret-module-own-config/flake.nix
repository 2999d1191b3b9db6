{
  description = "Secret modules that read their own config: the file name joins the secret's own targets, and a group module derives one ssh-host secret per target from its own config.recipients.targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        perTargets = { name, config, ... }: {
          file = "secrets/mesh/${name}-for-${lib.concatStringsSep "+" config.targets}.yaml";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.mesh = { config, ... }: {
          recipients.admins = [ { name = "mesh-admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "n1"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "n2"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } { name = "n3"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
          secret = lib.listToAttrs (map (t: lib.nameValuePair "${t.name}-host-key" { targets = [ t.name ]; }) config.recipients.targets) // {
            psk-a = { };
          };
        };
        flake.secrets.pairs.recipients.admins = [ { name = "mesh-admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        flake.secrets.pairs.recipients.targets = [ { name = "a"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "b"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
        flake.secrets.pairs.secret.ab = lib.mkMerge [ perTargets { targets = [ "b" "a" ]; } ];
      });
}
