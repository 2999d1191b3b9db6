{ shared, ... }:
{
  imports = [ shared ];
  flake.secrets.prod.secret.team-token = { };
}
