[
  { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; email = "ana@example.org"; }
  { name = "ben"; pgp = "1111222233334444555566667777888899990000"; email = "ben@example.org"; }
  { name = "dana"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; kms = "arn:aws:kms:us-east-1:444455556666:key/mrk-1234abcd12ab34cd56ef1234567890ab"; }
]
