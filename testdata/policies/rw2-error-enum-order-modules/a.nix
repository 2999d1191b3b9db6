{ imports = [ ./a-deputy.nix ]; flake.secrets.prod.recipients.admins = [ { name = "alpha"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ]; }
