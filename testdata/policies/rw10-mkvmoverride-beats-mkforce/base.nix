{
  flake.secrets.prod = {
    recipients.admins = [ { name = "sec"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "dev"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    recipients.targets = [ { name = "a"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } { name = "b"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "c"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
    secret.signing.targets = [ "a" "b" ];
  };
}
