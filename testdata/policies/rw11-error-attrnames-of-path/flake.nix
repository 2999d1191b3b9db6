{
  description = "mistake: the hosts are listed with builtins.attrNames ./hosts (the readDir is forgotten)";

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
        recipients.targets = map (h: { name = h; key = lib.fileContents (./hosts + "/${h}/ssh_host_ed25519_key.pub"); }) (builtins.attrNames ./hosts);
        secret.node-token.targets = [ "*" ];
      };
    });
}
