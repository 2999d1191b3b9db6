# A function of lib, as many keys.nix files are.
{ lib }:
let
  read = name: lib.fileContents ./keys/${name}.pub;
in
{
  people = lib.genAttrs [ "ana" "ben" "cid" "dora" ] read;
  hosts = {
    api-1 = "age1qsexvhqaqma0rhs0hf3mcjdz456qqa5nchfezuth5utwapjzzukq9uwah0";
    api-2 = "age19emhwkymdjyf2wz4fuupt58jrw90rsqcff5r04hqhkwqks5j437sc2tf4d";
    db-1 = "age10jsc02wdavu524p0h6j3v38wths8754tpp5d2cqnla73u8rdscmsezxzzc";
    db-2 = "age1cjzgl735s0ttx33mk4k6s6m93m4ul6ga6jqentpzedja4khf8dwsu5xyz0";
    cache = "age1qwq4g0xx8cjsm8suzzefm76y3j0nkww9srhnjymlgen4sqdwe55swszndm";
  };
}
