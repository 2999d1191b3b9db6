{ hosts.app2 = { publicKey = "age18gefm6vurd909q0afvgmkmxh3mfx9kww7t34l6af0mmk8xmg3qzsu5t5qz"; roles = [ "app" ]; }; }
