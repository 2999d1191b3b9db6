{
  imports = [ ./common ./prod.nix ./staging.nix ];
}
