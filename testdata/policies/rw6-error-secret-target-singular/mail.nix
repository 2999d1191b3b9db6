{
  flake.secrets.mail.secret = {
    dkim-key.targets = [ "mx1" "mx2" ];
    relay-password.target = [ "mx1" ];
  };
}
