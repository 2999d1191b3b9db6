{ lib, ... }: {
  name = "bob";
  age = lib.mkDefault "age122xm7zse0wp98k7azqek0mu5gv9wsfeh9ux923tyq7hfncvysp8snps5n9";
  kms = [ ];
}
