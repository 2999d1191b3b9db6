{
  hosts.desk = { ageKey = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; roles = [ "sync" ]; };
  hosts.nas = { hostname = "nas.home"; ageKey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; roles = [ "sync" "backup" ]; };
  hosts.tv = { roles = [ "media" ]; };
  hosts.phone.ageKey = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf";
}
