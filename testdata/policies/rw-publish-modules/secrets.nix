{
  flake.secrets.shared = {
    recipients.admins = [ { name = "ops"; age = "age1xjfnquuyp3xlxm4lrcxgsve90fgh840hf6a8qwemxge8ya6msylsrfuvhv"; } ];
    recipients.targets = [ { name = "ci"; age = "age1n3yr4z58ml43de2d407eyuhn9ukvpu345s23ychmhmwa4wkka92saaf78a"; } ];
    secret.registry-token.targets = [ "ci" ];
  };
}
