{
  description = "user option hosts = attrsOf (submodule ./host-options.nix) (the submodule given as a file); host files set keys and env";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ./host-options.nix); default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        hosts.ci1 = { pubkey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; };
        hosts.ci2 = { pubkey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; env = "staging"; };
        flake.secrets = lib.genAttrs [ "prod" "staging" ] (env: {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.pubkey; }) (lib.filterAttrs (_: h: h.env == env) config.hosts);
          secret.runner-token.targets = [ "*" ];
        });
      };
    });
}
