{
  erin = { roles = [ "payments" ]; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
  frank = { roles = [ "payments" "web" ]; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
}
