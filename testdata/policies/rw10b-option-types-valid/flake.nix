{
  description = "valid: user options of the refined and untyped types of lib.types feeding the policy: ints.between/unsigned/positive/u8/s8/port in range, types.path (path and absolute string), singleLineStr (readFile with its newline, equal definitions), nonEmptyStr, uniq and raw defined once, untyped options merged by kind (sets, bools, equal ints, one function), mkEnableOption";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let t = lib.types; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./more.nix ];
        options.site = {
          port = lib.mkOption { type = t.port; default = 8200; };
          replicas = lib.mkOption { type = t.ints.between 1 9; };
          shards = lib.mkOption { type = t.ints.unsigned; };
          weight = lib.mkOption { type = t.ints.positive; };
          small = lib.mkOption { type = t.ints.u8; };
          offset = lib.mkOption { type = t.ints.s8; };
          keyFile = lib.mkOption { type = t.path; };
          keyPath = lib.mkOption { type = t.path; };
          builderKey = lib.mkOption { type = t.singleLineStr; };
          team = lib.mkOption { type = t.nonEmptyStr; };
          owners = lib.mkOption { type = t.uniq (t.listOf t.str); };
          extra = lib.mkOption { type = t.raw; };
          tags = lib.mkOption { };
          flags = lib.mkOption { };
          level = lib.mkOption { };
          naming = lib.mkOption { };
          verbose = lib.mkEnableOption "verbose";
        };
        config = {
          systems = [ "x86_64-linux" ];
          site = {
            replicas = 3;
            shards = 0;
            weight = 7;
            small = 255;
            offset = -128;
            keyFile = ./keys/builder.pub;
            keyPath = "/etc/ssh/ssh_host_ed25519_key.pub";
            builderKey = builtins.readFile ./keys/builder.pub;
            team = " ops ";
            owners = [ "ada" "bo" ];
            extra = { region = "eu"; };
            tags = { a = "x"; };
            flags = false;
            level = 2;
            naming = s: "svc-${s}";
          };
          flake.secrets.site = let s = config.site; in {
            recipients.admins = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) [ "ada" ];
            recipients.targets = [
              { name = "builder"; key = s.builderKey; }
              { name = "vault"; hcVaultTransit = "https://vault.example.com:${toString s.port}/v1/transit/keys/k${toString (s.replicas + s.shards + s.weight + s.small + s.offset)}"; }
            ];
            secret."${s.naming "db"}-${lib.concatStringsSep "-" (lib.attrNames s.tags)}-${s.extra.region}-${toString s.level}".targets = [ "builder" ];
            secret."team${lib.replaceStrings [ " " ] [ "_" ] s.team}${lib.boolToString s.flags}${lib.boolToString s.verbose}" = {
              targets = [ "vault" ];
              admins = s.owners;
            };
            secret.${baseNameOf (toString s.keyFile)}.admins = lib.optional (lib.hasPrefix "/" (toString s.keyPath)) "ada";
          };
        };
      });
}
