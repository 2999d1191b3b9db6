{ security.secretAdmins = [ "jun" ]; }
