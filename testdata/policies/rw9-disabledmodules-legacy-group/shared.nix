{ imports = [ ./legacy.nix ]; }
