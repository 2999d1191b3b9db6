{
  description = "three environments from one mkEnv function over an attrset of host lists; juniors are admins in dev only, payments narrows admins by subtracting juniors, the database secret goes to machines only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        k = import ./keys.nix;
        seniors = [ "ola" "pia" ];
        juniors = [ "raj" ];
        envs = {
          dev = { dbHosts = [ "dev-db" ]; appHosts = [ "dev-app" ]; };
          staging = { dbHosts = [ "stg-db" ]; appHosts = [ "stg-app1" "stg-app2" ]; };
          prod = { dbHosts = [ "db1" "db2" ]; appHosts = [ "app1" "app2" "app3" ]; };
        };
        recipient = name: { inherit name; key = k.${name}; };
        mkEnv = env: cfg:
          let admins = seniors ++ lib.optionals (env == "dev") juniors;
          in {
            directory = "secrets/${env}";
            recipients.admins = map recipient admins;
            recipients.targets = map recipient (cfg.dbHosts ++ cfg.appHosts);
            secret = {
              database = { admins = [ ]; targets = cfg.dbHosts; };
              monitoring.targets = [ "*" ];
              payments = {
                admins = lib.subtractLists juniors admins;
                targets = cfg.appHosts;
              };
            };
          };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkEnv envs;
      });
}
