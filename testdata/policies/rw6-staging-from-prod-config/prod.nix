{
  flake.secrets.prod = {
    recipients.admins = [ { name = "lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "kms-ci"; kms = "arn:aws:kms:us-east-1:111122223333:key/7a1c2f40-1b2c-4d5e-9f00-aabbccddeeff"; } ];
    recipients.targets = [
      { name = "api-1"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
      { name = "stg-api-1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
      { name = "stg-worker"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
    ];
    secret.api-token.targets = [ "api-1" ];
    secret.queue-password.targets = [ "api-1" ];
  };
}
