{
  description = "A typo in a host name deep in an attribute set of services mapped to secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        services = {
          grafana = [ "mon1" ];
          loki = [ "mon1" "mon2" ];
          alertmanager = [ "mon2" "mon-3" ];
        };
        hosts = { mon1 = "age1l4xnmh9u9wuyfjktnzfxt4pxx0sep6nyp0wvutfcpp439sacqamqf99ucw"; mon2 = "age10kshe44684hww06tjl2phyrz0rrdkn36x9602gds0zs4z98ft5nshz7r87"; mon3 = "age1xjyvp2pknanuhvzz8c2vnq20cq0ewzqthkrwew7h4xpgxjxun4ms4mazwu"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.monitoring = {
          recipients.admins = [ { name = "ops"; age = "age16lkzpeuxu60ycrgyh78jssy3cr6jppym6eulr7c84sqkkt443fas986v4u"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret = lib.mapAttrs (_: targets: { inherit targets; }) services;
        };
      });
}
