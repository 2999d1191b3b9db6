{
  hosts.stg1 = {
    publicKey = "age129cgfnehhjj93da3z3tjmfns6xar6wxx4fd74zs532z57j9krd2smzu9yy";
    environment = "staging";
    roles = [ "app" "db" ];
  };
}
