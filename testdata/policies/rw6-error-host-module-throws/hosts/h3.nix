{ name = "h3"; age = throw "h3: host key not generated yet (run ssh-keyscan after first boot)"; }
