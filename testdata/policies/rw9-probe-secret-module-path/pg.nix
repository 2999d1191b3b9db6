{ targets = [ "db-1" ]; }
