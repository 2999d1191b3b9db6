{ hosts.app1 = { publicKey = "age1acxa82j6vdldclehew2dq42pf7y9gnnz8sx8kmrf742vrruvtg2qjuu0fz"; roles = [ "app" ]; }; }
