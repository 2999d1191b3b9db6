{
  description = "Mistake: an ssh-ed25519 host key in hosts.json pasted without its last characters";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.git = {
        recipients.admins = [ { name = "forge-admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = map (h: { name = h.hostname; key = h.hostKey; }) (lib.importJSON ./hosts.json);
        secret.runner-token.targets = [ "*" ];
      };
    });
}
