{
  description = "An in-house option kept as an alias of flake.secrets (lib.mkAliasOptionModule) while the team migrates: definitions under sopsPolicy land in flake.secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      {
        imports = [ inputs.secrets-lsp.flakeModules.default (lib.mkAliasOptionModule [ "sopsPolicy" ] [ "flake" "secrets" ]) ];
        systems = [ "x86_64-linux" ];

        sopsPolicy.prod = {
          recipients.admins = [ { name = "alice"; age = "age1phyqzzh224qed077dxqvpnp7trjz3rya3enzhxvtu9wmshapc5rsmpjkud"; } ];
          secret.legacy = { };
        };
        flake.secrets.prod.secret.new = { };
      });
}
