{ opsTeam = "lea, noah"; }
