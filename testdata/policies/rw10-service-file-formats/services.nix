{
  grafana = { name = "admin"; format = "ini"; };
  loki = { name = "s3"; format = "dotenv"; };
  tempo = { name = "config"; format = "yaml"; };
  vector = { name = "sinks"; format = "json"; };
  zot = { name = "htpasswd"; format = "binary"; };
}
