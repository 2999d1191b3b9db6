{ lib, ... }:
{
  flake.secrets.prod = {
    directory = lib.mkForce "vault/prod";
    secret.app-env.file = lib.mkForce "vault/prod/app.env";
    secret.tls-key = { };
  };
}
