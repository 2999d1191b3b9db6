{
  flake.secrets.prod.secret = {
    bankingApi.admins = [ "gus" "hilde" ];
    payroll = { };
  };
}
