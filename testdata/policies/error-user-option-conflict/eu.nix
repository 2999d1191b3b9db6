{ region = "eu"; }
