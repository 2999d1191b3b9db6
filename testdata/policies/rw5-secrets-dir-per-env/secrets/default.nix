{
  imports = [ ./prod ./staging ];
}
