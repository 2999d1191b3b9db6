{
  eu.fra1 = { age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; roles = [ "edge" ]; };
  eu.ams1 = { age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; roles = [ "edge" "dns" ]; };
  us.iad1 = { age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; roles = [ "dns" ]; };
}
