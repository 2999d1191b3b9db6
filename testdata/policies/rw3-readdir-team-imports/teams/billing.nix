{ lib, ... }:
let
  team = lib.removeSuffix ".nix" (baseNameOf ./billing.nix);
  env = "prod";
in
{
  flake.secrets.${env} = {
    recipients.admins = [ { name = "${team}-lead"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; } ];
    recipients.targets = [ { name = "${team}-svc"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
    secret."${team}-db".targets = [ "${team}-svc" ];
  };
}
