# was: "wifi.age".publicKeys = users ++ [ router laptop desktop ];
{
  wifi = [ "router" "laptop" "desktop" ];
  restic = [ "nas" "laptop" "desktop" ];
  nextcloud-admin = [ "nas" ];
  wg-router = [ "router" ];
  syncthing = [ "nas" "laptop" "dekstop" ];
}
