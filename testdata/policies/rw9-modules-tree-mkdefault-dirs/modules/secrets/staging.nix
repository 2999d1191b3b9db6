{
  flake.secrets.staging.secret.api-token = { };
}
