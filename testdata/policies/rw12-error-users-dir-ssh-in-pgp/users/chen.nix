{
  name = "chen";
  age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz";
  pgp = "9D2E6A1C4B8F07E35D91A6C2E8B4F01D73A5C9E2";
  groups = [ "prod" "dev" ];
}
