{
  # The app team adds its own deploy bot as an admin of the group.
  flake.secrets.prod = {
    recipients.admins = [ { name = "deploybot"; age = "age1pj0axe0qerx0xdakzxt27d6grc2yu6aqks25qlyv4xu8j0vuwehsxf58ur"; } ];
    secret.sessionKey.targets = [ "web1" "web2" ];
    secret.oauthClientSecret.targets = [ "web1" ];
  };
}
