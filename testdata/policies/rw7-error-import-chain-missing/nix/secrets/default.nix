{ imports = [ ./groups/prod.nix ./groups/legacy.nix ]; }
