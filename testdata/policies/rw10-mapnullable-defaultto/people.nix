[
  { name = "ines"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; yubikey = null; gpg = "3AA5C34371567BD2F0F1B8C1D5E2A6B7C8D9E0F1"; }
  { name = "omar"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; yubikey = null; gpg = null; }
]
