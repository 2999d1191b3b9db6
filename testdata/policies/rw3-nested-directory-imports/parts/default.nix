{
  imports = [ ./secrets ];
  systems = [ "x86_64-linux" "aarch64-linux" ];
}
