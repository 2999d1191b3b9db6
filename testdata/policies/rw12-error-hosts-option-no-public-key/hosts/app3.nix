{ hosts.app3 = { roles = [ "app" ]; }; }
