{
  name = "alice";
  age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja";
  groups = [ "prod" "dev" ];
}
