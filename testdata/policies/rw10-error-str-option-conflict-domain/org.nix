{ org.domain = "example.org"; }
