{
  prod.secret.stripe = { admins = [ "platform" ]; targets = [ "k8s" ]; };
  staging.recipients.admins = [ { name = "payments"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  staging.secret.stripe-test = { };
}
