{
  description = "mistake: the admin transit key was pasted without its https:// scheme (vault.corp.example:8200/v1/...)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        vaultAddr = "https://vault.corp.example:8200";
        transit = engine: name: "${vaultAddr}/v1/${engine}/keys/${name}";
        humans = [
          { name = "sam"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; }
          { name = "kim"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; }
        ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = humans ++ [ { name = "vault-prod"; hcVaultTransit = "vault.corp.example:8200/v1/transit/keys/sops-prod"; } ];
          recipients.targets = [
            { name = "payments"; key = transit "teams/payments/transit" "payments-app"; }
            { name = "ledger"; key = transit "teams/ledger/transit" "ledger.v2"; }
          ];
          secret.payments-db.targets = [ "payments" ];
          secret.ledger-db.targets = [ "ledger" ];
          secret.shared-hmac.targets = [ "*" ];
        };
        flake.secrets.dev = {
          recipients.admins = humans;
          recipients.targets = [ { name = "local-vault"; key = "http://127.0.0.1:8200/v1/transit/keys/dev"; } ];
          secret.payments-db.targets = [ "local-vault" ];
        };
      });
}
