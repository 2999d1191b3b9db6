{
  payments = {
    members = [ "hana" "igor" ];
    hosts = { pay-api = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; pay-worker = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; };
    secrets = [ "stripe" "adyen" ];
  };
  search = {
    members = [ "jules" "igor" ];
    hosts = { es-1 = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; };
    secrets = [ "opensearch" ];
  };
  identity = {
    members = [ "kemal" ];
    hosts = { };
    secrets = [ "oidc-signing" ];
  };
}
