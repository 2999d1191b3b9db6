{
  networking.hostName = "db-01";
  networking.domain = "eu1.example.net";
  roles = [ "postgres" "metrics" ];
  hostKey = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
}
