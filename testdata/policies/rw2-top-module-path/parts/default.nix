{ inputs, lib, ... }:
{
  imports = [
    inputs.secrets-lsp.flakeModules.default
    ./people
    ({ lib, ... }: { flake.secrets.prod.recipients.admins = lib.mkOrder 900 [ { name = "fn-module"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; })
    { flake.secrets.prod.recipients.admins = [ { name = "value-module"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; }
  ];
  systems = [ "x86_64-linux" ];
  flake.secrets.prod = {
    recipients.admins = lib.mkMerge [
      (lib.mkAfter [ { name = "top-after"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ])
      [ { name = "top-plain"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ]
    ];
    secret.everything = { };
  };
}
