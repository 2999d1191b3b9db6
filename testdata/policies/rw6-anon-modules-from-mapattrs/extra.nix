{ lib, ... }: { flake.secrets.shared.recipients.admins = lib.mkBefore [ { name = "extra"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ]; }
