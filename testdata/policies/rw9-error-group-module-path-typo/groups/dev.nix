{
  recipients.admins = [ { name = "dev"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
  secret.pg = { };
}
