{
  # web-02 was decommissioned in the last sprint; its directory is gone but this pin stayed.
  flake.secrets.eu1.secret.haproxy-stats.targets = [ "web-01" "web-02" ];
}
