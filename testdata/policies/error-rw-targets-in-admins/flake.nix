{
  description = "A host selected in admins";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1nhscpxyp0p9nh8d859v89zrqmk2wa9ngqlkk2rpt293fu9mv63gsh6m7t7"; } { name = "bob"; age = "age1a4wj5czhga9q4h094zzr5jzezaf07c8pmq49ktvw9trmanqsdylsy72kar"; } ];
        recipients.targets = [ { name = "ci-runner"; age = "age1t4gvl22neyz6gcgntsjegzxmk27l6qqxs2ve4h53txyl8d28h4pqx5nryc"; } ];
        secret.deploy-key.admins = [ "alice" "ci-runner" ];
      };
    };
}
