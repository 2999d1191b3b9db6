{
  flake.secrets.dev.recipients.targets = [ { name = "devbox"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
  flake.secrets.dev.secret.api-token.targets = [ "devbox" ];
}
