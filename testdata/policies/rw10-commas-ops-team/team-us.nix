{ opsTeam = "olivia"; }
