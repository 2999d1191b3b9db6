{
  prod.recipients.targets = [ { name = "k8s"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "opensearch"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
  prod.secret.opensearch-admin.targets = [ "opensearch" ];
}
