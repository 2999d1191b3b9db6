{ opsTeam = "lea,noah"; }
