{
  description = "Host names zero-padded by hand with lib.strings.replicate, ordered with lib.naturalSort, rack membership merged with lib.foldAttrs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        pad = width: n: let s = toString n; in lib.strings.replicate (width - lib.stringLength s) "0" + s;
        keys = [ "age1ykz68m8557xhg0prpvk6gh5pmvc7w7jrp6379whpjwvhfv0w7d2sxpz6av" "age1n9pppsl7jyrv2crk8720dul7t83ps6n7sd95jl57zhe2kh6sauksfqpfrv" "age1hrdf5cyl0vqggcv2raf7mt6p7egnyszm0az2vysk6cxhw6l3kvvs8tnrka" "age1ska8neky3rl86lfx728j8gt57autjn8p0k2e0staxhqsq5v2cg4q6hzp5v" "age1u8mwlwdn3fc85x6yl9fnc50aat4jj2m7kxlxa38tw0jcxe53qf8qy9mn84" "age1wdzrwrke4nmn3de58kfppns9ma2e5q97jly8n54s84hytrt5euds96zak9" "age1l4xnmh9u9wuyfjktnzfxt4pxx0sep6nyp0wvutfcpp439sacqamqf99ucw" "age10kshe44684hww06tjl2phyrz0rrdkn36x9602gds0zs4z98ft5nshz7r87" "age1xjyvp2pknanuhvzz8c2vnq20cq0ewzqthkrwew7h4xpgxjxun4ms4mazwu" "age16lkzpeuxu60ycrgyh78jssy3cr6jppym6eulr7c84sqkkt443fas986v4u" "age148m8hmmz3hl69ljnynguw4pnm6ef799s6jhx6yhda8tz7s604acq9wzq5e" ];
        hosts = lib.imap1 (i: age: { name = "gpu${pad 3 i}"; inherit age; }) keys;
        racks = lib.foldAttrs (host: acc: [ host ] ++ acc) [ ] [ { r1 = "gpu001"; r2 = "gpu002"; } { r1 = "gpu010"; } { r2 = "gpu011"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.hpc = {
          recipients.admins = [ { name = "hpc-admins"; age = "age1nfcwvee9aw5wnglr75zt0u88hmxlyzcf5pqh7czegt39yrupwens08slqa"; } ];
          recipients.targets = hosts;
          secret = lib.mapAttrs (rack: members: { targets = members; }) racks // {
            slurm-munge.targets = lib.naturalSort [ "gpu010" "gpu002" "gpu001" "gpu011" ];
          };
        };
      });
}
