{
  flake.secrets.legacy = {
    recipients.admins = [ { name = "old-ops"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
    secret.ftp = { };
  };
}
