{
  big = 9223372036854775808; # ERROR "invalid integer '9223372036854775808'"
  tiny = 1.0e-400; # ERROR "invalid float '1.0e-400'"
  app = 1e999; # an application of 1 to e999 # ERROR "undefined variable 'e999'"
  slash = ./dir/; # ERROR "path has a trailing slash"
  percent = 1 % 2; # ERROR "unexpected invalid token, expecting ';'"
  quote = 'x'; # ERROR "unexpected invalid token" # ERROR "undefined variable 'x''"
  ok = 1;
}
