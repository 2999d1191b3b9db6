{
  flake.secrets.fleet = {
    recipients.targets = [ { name = "castor"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    secret."castor-host-key".targets = [ "castor" ];
  };
}
