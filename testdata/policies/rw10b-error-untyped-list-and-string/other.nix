{ extraAdmins = "cy"; }
