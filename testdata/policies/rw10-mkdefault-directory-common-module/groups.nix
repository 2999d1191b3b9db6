{
  flake.secrets.dev.secret.seed = { };
  flake.secrets.prod = {
    directory = "vault/production";
    secret.seed = { };
    secret.root-token.file = "vault/production/root-token.json";
  };
}
