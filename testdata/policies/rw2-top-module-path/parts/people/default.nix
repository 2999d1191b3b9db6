{
  imports = [ ./contractors.nix ];
  flake.secrets.prod.recipients.admins = [ { name = "people"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
}
