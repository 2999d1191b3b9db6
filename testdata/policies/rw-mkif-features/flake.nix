{
  description = "Feature switches in a let: mkIf on secrets and recipients, optionalAttrs, optionals, mkMerge of conditional blocks";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        features = { monitoring = true; mail = false; ha = true; };
        contractors = [ { name = "ext-dana"; age = "age1a4wj5czhga9q4h094zzr5jzezaf07c8pmq49ktvw9trmanqsdylsy72kar"; } ];
        withContractors = false;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = lib.mkMerge [
          {
            recipients.admins = [ { name = "owner"; age = "age1t4gvl22neyz6gcgntsjegzxmk27l6qqxs2ve4h53txyl8d28h4pqx5nryc"; } ]
              ++ lib.optionals withContractors contractors;
            recipients.targets = [ { name = "node-a"; age = "age1zpg45cnhsjeylc54wex8a856dxtatyls5da35njy8gc97d6htymqezz9d5"; } ]
              ++ lib.optional features.ha { name = "node-b"; age = "age1scl73pkv3d7x8jzkzjgfmnle8m6cq2mn0zs8zlfeyj0x5cwkk49s2lgqpl"; };
            secret.app.targets = [ "*" ];
          }
          (lib.mkIf features.monitoring {
            recipients.targets = [ { name = "prometheus"; age = "age1s98t94naacekan7tpkx72fms2c9yrppgysq0c722qmxr83v4r5ksxfstw6"; } ];
            secret.grafana.targets = [ "prometheus" ];
            secret.app.targets = [ "prometheus" ];
          })
          (lib.mkIf features.mail {
            recipients.targets = [ { name = "postfix"; age = "age14crt6e5c3537kmql7gq8pzhrf0nczvgn8nmf5xat74fjkm7hh5hqmv78hq"; } ];
            secret.dkim.targets = [ "postfix" ];
          })
          {
            secret = lib.optionalAttrs features.ha { keepalived.targets = [ "node-a" "node-b" ]; }
              // { debug-token = lib.mkIf features.mail { }; };
          }
        ];
      });
}
