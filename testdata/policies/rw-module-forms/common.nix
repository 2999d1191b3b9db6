# Imported by flake.nix and by both team modules: the module system applies it once.
{
  flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age1v65upgmrd99h2a7c2ejfv36eqtmtkc9eyvvly84zl6zuhsn0vq4sj5xzrw"; } ];
}
