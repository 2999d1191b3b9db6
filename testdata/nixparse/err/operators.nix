let f = x: x; in
a: b: c: [
  (a < b < c) # ERROR "unexpected '<'"
  (a == b != c) # ERROR "unexpected NEQ"
  (a + if a then b else c) # ERROR "unexpected IF"
  [ -1 ] # ERROR "unexpected '-'"
  [ x: x ] # ERROR "unexpected ':'" # ERROR "undefined variable 'x'" # ERROR "undefined variable 'x'"
  (f x: x) # ERROR "unexpected ':', expecting '\)'" # ERROR "undefined variable 'x'"
  (a.b.c = 1) # ERROR "unexpected '=', expecting '\)'"
  (a ++) # ERROR "unexpected '\)'"
]
