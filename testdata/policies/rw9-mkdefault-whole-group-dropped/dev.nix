{
  flake.secrets.dev = {
    recipients.admins = [ { name = "dev-lead"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    secret.feature-flags = { };
  };
}
