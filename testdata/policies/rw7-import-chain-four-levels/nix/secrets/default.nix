{ imports = [ ./groups/prod.nix ./groups/dev.nix ]; }
