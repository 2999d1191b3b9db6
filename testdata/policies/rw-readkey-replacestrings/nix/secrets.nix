let
  # strip the last line break
  readKey = f: builtins.replaceStrings [ "\n" ] [ "" ] (builtins.readFile f);

  laptop = "${readKey ../keys/laptop_ed25519_key.pub}";
  stationary = "${(readKey ../keys/stationary_ed25519_key.pub)}";
  glesys = readKey ../keys/glesys_ed25519_key.pub;
  test = readKey ../keys/test_ed25519_key.pub;
  me = readKey ../keys/me.age.txt;
in
{
  flake.secrets.personal = {
    recipients.admins = [ { name = "me"; age = me; } ];
    recipients.targets = [
      { name = "laptop"; age = laptop; }
      { name = "stationary"; age = stationary; }
      { name = "glesys"; age = glesys; }
      { name = "test"; age = test; }
    ];
    secret = {
      "linux-passwd-hashed-frans".targets = [ "laptop" "stationary" "glesys" ];
      "linux-passwd-hashed-test".targets = [ "*" ];
      "wireguard-glesys".targets = [ "glesys" ];
    };
  };
}
