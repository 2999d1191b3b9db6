{
  admins = { prod = [ { name = "gus"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ]; staging = [ { name = "gus"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ]; };
  hosts = { prod = [ { name = "pay-api"; key = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; } ]; };
  secrets = { prod = { adyen-hmac.targets = [ "pay-api" ]; }; };
}
