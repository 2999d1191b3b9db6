rec {
  me = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  partner = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
  nasName = "nas";
  admins = { inherit me partner; };
  hosts = {
    ${nasName} = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop";
    pi = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n";
  };
}
