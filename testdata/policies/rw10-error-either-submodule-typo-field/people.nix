{
  people.hanna = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  people.ivan = { age = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" ]; pgp = [ "8E2F9A1B3C4D5E6F7081920A1B2C3D4E5F607182" ]; };
  people.jana.gpg = [ "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00" ];
}
