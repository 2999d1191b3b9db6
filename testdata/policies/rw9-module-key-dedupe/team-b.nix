{
  imports = [ (import ./admins.nix) ];
  flake.secrets.prod.recipients.admins = [ { name = "bea"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
  flake.secrets.prod.secret.b-db.admins = [ "bea" ];
}
