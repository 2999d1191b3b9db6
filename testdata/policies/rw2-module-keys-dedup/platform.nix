{
  imports = [ (import ./team.nix { }) ./shared.nix ];
}
