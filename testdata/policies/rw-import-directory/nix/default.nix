{
  imports = [ ./secrets ./people.nix ];
}
