{
  lena = { name = "lena"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
  marc = { name = "marc"; age = [ "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex" ]; };
  nora = { name = "nora"; pgp = "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00"; };
}
