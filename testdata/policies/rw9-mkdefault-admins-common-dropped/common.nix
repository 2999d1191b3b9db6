{ lib, ... }:
{
  flake.secrets = lib.genAttrs [ "dev" "prod" ] (_: {
    recipients.admins = lib.mkDefault [
      { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
      { name = "bob"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
    ];
  });
}
