{
  inventory.hosts = {
    hydra.roles = [ "ci" "builder" ];
    builder-arm = { roles = [ "builder" ]; hostName = "builder-aarch64"; };
    cache.roles = [ "binary-cache" ];
  };
}
