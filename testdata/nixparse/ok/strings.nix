x: {
  concat = "a${x}b${x}${x}c";
  nested = "outer ${"inner ${x}"} end";
  inIndented = ''
    value: ${x}
      more: ${"${x}"}
  '';
  dollar = "$${x} \${x} $\{x}";
  attr = { "${x}" = 1; "a${x}" = 2; }.a;
  select = x."${x}".${x}."c d".e;
  hasattr = x ? "${x}";
  crlf = "a
b";
}
