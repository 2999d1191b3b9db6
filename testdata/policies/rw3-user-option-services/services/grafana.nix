{
  # secrets defaults to [ "grafana" ] (the service's name)
  infra.services.grafana.hosts = [ "mon" ];
}
