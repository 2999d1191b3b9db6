{
  flake.secrets.staging = {
    recipients.admins = [ { name = "intern"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
    secret.pgPassword = { };
  };
}
