x: {
  plain = ''
    line one
      indented
    line three
  '';
  escapes = ''
    dollar ''$ and $ and ''${x}
    quotes ''' and a ' alone
    escape ''\n ''\t ''\\ ''\x
    $${not} interpolated, ${x} is
  '';
  inline = ''no newline'';
  empty = '''';
  only = ''${x}'';
  onlyString = ''${"s"}'';
  tabs = ''
	tab is not indentation
    spaces are
  '';
  trailing = ''
    last line spaces
    '';
  firstLine = ''  first
    second
  '';
  blank = ''

    after blank line

  '';
  escapedSpace = ''
    ''\ x
  '';
}
