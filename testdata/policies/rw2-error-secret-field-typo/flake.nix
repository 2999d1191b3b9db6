{
  description = "A secret's selection written as target (singular) in a module that is a function of config: unknown option with Nix's suggestion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./app.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "eve"; age = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; } ];
        recipients.targets = [ { name = "app"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      };
    });
}
