{ flake.secrets.prd.secret.redis-password.targets = [ ]; }
