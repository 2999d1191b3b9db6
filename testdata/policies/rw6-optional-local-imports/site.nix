{
  flake.secrets."prod.us" = {
    recipients.admins = [ { name = "us-ops"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    secret."db.password".file = "secrets/prod.us/db.password.env";
  };
  flake.secrets."prod.eu".recipients.targets = [ { name = "eu.db-1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  flake.secrets."prod.eu".secret."db.password".targets = [ "eu.db-1" ];
}
