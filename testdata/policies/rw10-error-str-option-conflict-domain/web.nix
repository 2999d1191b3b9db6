{ config, ... }: {
  flake.secrets.web = {
    recipients.admins = [ { name = "webmaster"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    secret.acme-dns = { file = "secrets/web/${config.org.domain}.env"; };
  };
}
