{ decommissioned = [ "old1" ]; }
