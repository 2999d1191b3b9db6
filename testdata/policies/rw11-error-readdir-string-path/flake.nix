{
  description = "mistake: builtins.readDir \"hosts\" with a string (relative) instead of the path ./hosts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.fleet = {
        recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = lib.mapAttrsToList (h: _: { name = h; key = lib.fileContents (./hosts + "/${h}/key.pub"); }) (builtins.readDir "hosts");
        secret.node-token.targets = [ "*" ];
      };
    });
}
