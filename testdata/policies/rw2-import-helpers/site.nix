{ flake.secrets.ops.secret.site-only.targets = [ "runner" ]; }
