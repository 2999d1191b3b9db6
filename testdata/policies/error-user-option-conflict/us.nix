{ region = "us-east"; }
