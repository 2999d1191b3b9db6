[
  { name = "keycloak"; hosts = [ "sso1" "sso2" ]; owners = [ "pat" ]; }
  { name = "gitea"; hosts = [ "git1" ]; owners = [ "quinn" "pat" ]; }
  { name = "matrix"; hosts = [ "chat1" ]; owners = [ "ravi" ]; }
  { name = "minio"; hosts = [ "s3-1" "s3-2" "s3-3" ]; owners = [ "quinn" ]; }
  { name = "smtp-relay"; hosts = [ "sso1" "git1" "chat1" ]; owners = [ "pat" "quinn" "ravi" ]; }
]
