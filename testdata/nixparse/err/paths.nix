[
  /abs//x # ERROR "unexpected PATH_END, expecting DOLLAR_CURLY"
  ./a/*b*/ # ERROR "path has a trailing slash" # ERROR "undefined variable 'b'"
  ./ok
  ~ # ERROR "unexpected invalid token"
  <a/b/> # ERROR "unexpected '<'" # ERROR "path has a trailing slash"
]
