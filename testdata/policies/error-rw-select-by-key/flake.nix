{
  description = "A secret selects a host by its key instead of its name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = { gitea = "age1phyqzzh224qed077dxqvpnp7trjz3rya3enzhxvtu9wmshapc5rsmpjkud"; runner = "age1usqdfguhvmtp83pu5vx0fssayz40f6gsc7v5heuglu5ssdcjea6sn5ghj6"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.git = {
          recipients.admins = [ { name = "admin"; age = "age1l83agslkzd36vnmr2hrwwk7kumy97x9sz0wle2wtf5j8d4jm24dqrvw826"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
          secret.runner-token.targets = [ "runner" ];
          secret.gitea-secret-key.targets = [ hosts.gitea ];
        };
      });
}
