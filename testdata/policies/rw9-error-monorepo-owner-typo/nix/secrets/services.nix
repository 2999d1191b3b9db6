{
  billing = { envs = [ "staging" "prod" ]; hosts = [ "app-s1" "app-p1" "app-p2" ]; secrets = [ "stripe" "db" ]; owners = [ "dev-cleo" ]; };
  search = { envs = [ "prod" ]; hosts = [ "search-p1" ]; secrets = [ "admin" ]; };
  web = { envs = [ "staging" "prod" ]; hosts = [ "app-s1" "app-p1" "app-p2" ]; secrets = [ "session" ]; owners = [ "dev-dimitri" ]; };
}
