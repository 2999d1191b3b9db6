{ people }:
{
  flake.secrets.staging = {
    recipients.admins = [ { name = "alice"; age = people.alice; } ];
    recipients.targets = [ { name = "mx-test"; age = "age13ffvh597f90x3hjau688cmxjeql2acv77x2yqrtht3rjjs92lyxq0hachh"; } ];
    secret.smtp-relay.targets = [ "mx-test" ];
  };
}
