{
  description = "mistake: the group is built with mkEnv \"prod\" but the helper only knows \"production\"";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkEnv = env: hosts:
          assert lib.asserts.assertOneOf "env" env [ "dev" "staging" "production" ];
          {
            directory = "k8s/${env}/secrets";
            recipients.admins = [ { name = "platform"; kms = "arn:aws:kms:eu-west-1:111122223333:alias/sops-${env}"; } ];
            recipients.targets = map (h: { name = h; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; }) hosts;
            secret.registry-pull = { targets = [ "*" ]; };
          };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.dev = mkEnv "dev" [ "kind" ];
        flake.secrets.production = mkEnv "prod" [ "eks-a" ];
      });
}
