{
  admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
  web = { web-1 = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; web-2 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
  data = { kafka-1 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
}
