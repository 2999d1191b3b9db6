{ lib, ... }:
{
  imports = [ ./pager.nix ];
  flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "oncall"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
}
