# Binding lists of more than 16 names are checked once complete: a path
# equal to another, or starting it, is an error; paths that only share
# their first names are not.
{
  disjoint = { c0 = 1; c1 = 1; c2 = 1; c3 = 1; c4 = 1; c5 = 1; c6 = 1; c7 = 1; c8 = 1; c9 = 1; c10 = 1; c11 = 1; c12 = 1; c13 = 1; c14 = 1; c15 = 1; c16 = 1; s.a = 1; s.b.c = 1; s.b.d = 1; t.a = 1; };
  equal = { a.b = 1; c0 = 1; c1 = 1; c2 = 1; c3 = 1; c4 = 1; c5 = 1; c6 = 1; c7 = 1; c8 = 1; c9 = 1; c10 = 1; c11 = 1; c12 = 1; c13 = 1; c14 = 1; c15 = 1; c16 = 1;
    a.b = 2; # ERROR "attribute 'a.b' already defined at long-lists.nix:6:13"
  };
  starts = { a.b = 1; c0 = 1; c1 = 1; c2 = 1; c3 = 1; c4 = 1; c5 = 1; c6 = 1; c7 = 1; c8 = 1; c9 = 1; c10 = 1; c11 = 1; c12 = 1; c13 = 1; c14 = 1; c15 = 1; c16 = 1;
    a.b.c = 2; # ERROR "attribute 'a.b.c' already defined at long-lists.nix:9:14"
  };
  started = { a.b.c = 1; c0 = 1; c1 = 1; c2 = 1; c3 = 1; c4 = 1; c5 = 1; c6 = 1; c7 = 1; c8 = 1; c9 = 1; c10 = 1; c11 = 1; c12 = 1; c13 = 1; c14 = 1; c15 = 1; c16 = 1;
    a.b = 2; # ERROR "attribute 'a.b' already defined at long-lists.nix:12:15"
  };
}
