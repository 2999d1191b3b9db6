{ recoveryKey = 0; }
