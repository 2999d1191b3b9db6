{ enableBackup = null; }
