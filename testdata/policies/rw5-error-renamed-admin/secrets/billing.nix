{
  flake.secrets.billing.secret = {
    invoice-signing-key.admins = [ "jdoe" "priya" ];
    stripe-webhook = { };
  };
}
