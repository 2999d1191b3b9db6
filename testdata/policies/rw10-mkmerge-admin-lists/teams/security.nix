[ { name = "sec-1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]
