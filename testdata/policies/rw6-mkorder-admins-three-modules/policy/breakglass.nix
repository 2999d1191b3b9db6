{ lib, ... }:
{
  flake.secrets.infra.recipients.admins = lib.mkBefore [ { name = "breakglass"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
}
