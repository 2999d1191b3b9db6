{
  description = "mistake: prod's admins are given as the oncall attribute set itself, not a list holding it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        monKey = "age1xjuvl8k04nry35cxjeep7kwh9mxg7jlshp5rpwegqhtwrmhphgfqh5jk7j";
        oncall = { name = "oncall"; age = "age1shn3jkge5ztr7kakgqk2y302sxx8z8vhmwzhvamt09gzlyg6rvustxydj8"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = oncall;
          recipients.targets = [
            { name = "mon"; age = monKey; }
            { name = "api"; age = "age19d75tpf8rfc47k65gpl4v85e76e0xfc4ngken7jhcemf9cf2quzqy60z62"; }
          ];
          secret.prometheus-remote-write.targets = [ "mon" ];
          secret.api-keys.targets = [ "api" ];
        };
        flake.secrets.shared = {
          recipients.admins = [ oncall ];
          recipients.targets = [
            { name = "monitoring"; age = monKey; }
            oncall
          ];
          secret.pagerduty.targets = [ "*" "oncall" ];
          secret.grafana-cloud.targets = [ "monitoring" ];
        };
      });
}
