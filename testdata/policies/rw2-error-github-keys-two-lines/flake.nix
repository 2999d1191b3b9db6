{
  description = "A host's SSH key read from a GitHub-style .keys file holding two keys on two lines, used whole as one age recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
        recipients.targets = [ { name = "gh-runner"; age = lib.removeSuffix "\n" (builtins.readFile ./gh-runner.keys); } ];
        secret.runner-token.targets = [ "gh-runner" ];
      };
    });
}
