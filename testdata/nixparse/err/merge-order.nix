# A set written twice is merged attribute by attribute, and Nix 2.8 stops at
# the first repeat in the order of its interned names (about the order of
# first appearance in the file, builtins' names first), not the alphabet's:
# here 'native', not 'check'.
{
  flags = { native = false; ffi = false; gmp = false; check = false; };
  flags = { native = false; ffi = false; gmp = false; check = false; };
}
