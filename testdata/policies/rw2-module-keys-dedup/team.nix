# Every call gives a module with the same key, so importing it twice applies it once.
{ extra ? [ ] }:
{
  key = "team-module";
  flake.secrets.prod.recipients.admins = [ { name = "una"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ] ++ extra;
}
