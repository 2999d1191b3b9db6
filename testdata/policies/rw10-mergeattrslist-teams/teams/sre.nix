{ carl = { team = "sre"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; eli = { team = "sre"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }; }
