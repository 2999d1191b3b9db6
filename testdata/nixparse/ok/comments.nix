# A line comment.
/* A block comment */ {
  a = /* inside */ 1; # after
  b = /**/ 2;
  /* multi
     line * with stars **/
  c = 3; #
  d = "# not a comment /* nor this */";
}
# trailing comment
