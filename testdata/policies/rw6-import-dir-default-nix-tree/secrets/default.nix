{
  imports = [ ./people ./envs/prod.nix ./envs/staging.nix ];
}
