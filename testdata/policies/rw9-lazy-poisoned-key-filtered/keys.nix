{
  ada = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  ci = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
  ci-2023 = throw "ci-2023 was rotated after the runner compromise; do not use";
  ada-2023 = throw "rotated";
}
