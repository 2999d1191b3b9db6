{
  _module.args.team = import ./team.nix;
  imports = [ ./prod.nix ./dev.nix ];
}
