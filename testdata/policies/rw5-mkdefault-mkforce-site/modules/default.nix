{
  imports = [ ./defaults.nix ./sites/fra.nix ./sites/override.nix ];
}
