{
  description = "Hosts named from package versions and hexadecimal indices: lib.versions.majorMinor, builtins.splitVersion, lib.getName, lib.toHexString, lib.toBaseDigits, lib.strings.sanitizeDerivationName; literal selections of the computed names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        clusters = [ { pkg = "k8s-1.29.4"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { pkg = "k8s-1.30.0-rc1"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        nameOf = c:
          let version = (builtins.parseDrvName c.pkg).version;
          in "${lib.getName c.pkg}-${builtins.replaceStrings [ "." ] [ "-" ] (lib.versions.majorMinor version)}";
        shards = lib.imap0 (i: key: {
          name = "shard-${lib.toLower (lib.toHexString (i + 250))}-${lib.concatMapStrings toString (lib.toBaseDigits 2 (i + 2))}";
          inherit key;
        }) [ "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf" "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79" ];
        labs = map (l: { name = lib.strings.sanitizeDerivationName l.label; key = l.key; }) [
          { label = "Build Server 2"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
          { label = ".hidden lab/å"; key = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.platform = {
          recipients.admins = [ { name = "lena"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (c: { name = nameOf c; age = c.key; }) clusters
            ++ map (s: { inherit (s) name; age = s.key; }) shards
            ++ map (l: { inherit (l) name; age = l.key; }) labs;
          secret.kubeconfig.targets = [ "k8s-1-29" "k8s-1-30" ];
          secret.shardKey.targets = [ "shard-fa-10" "shard-fb-11" ];
          secret.labToken.targets = [ "Build-Server-2" "hidden-lab-" ];
          secret.oldest.targets = [ (nameOf (lib.head clusters)) ];
          secret.all.targets = [ "*" ];
        };
      });
}
