{
  flake.secrets.prod.recipients.admins = [
    { name = "gina"; age = "age1eweuupwaa3tjkx6jqfmak6fahx36yk36m5mcyda3uv405r8hne6qhhpvnt"; }
    { name = "hank"; age = "age1umkum6v5s8unq6xze77tedte7hprc8spmkpka3exp2dydlk0l4wsmnhp76"; }
  ];
  flake.secrets.staging.recipients.admins = [ { name = "gina"; age = "age1eweuupwaa3tjkx6jqfmak6fahx36yk36m5mcyda3uv405r8hne6qhhpvnt"; } ];
}
