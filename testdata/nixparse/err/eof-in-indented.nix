let
  s = ''
    unterminated ${
