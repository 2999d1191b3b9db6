{
  flake.secrets.prod.recipients.targets = [
    { name = "web1"; age = "age18wkgcj22kqkkrm8arsshp0szp55peg47d9p5w2lnvd56w5dwsv7s6yfl5g"; }
    { name = "web2"; age = "age1yr6j7p7up3gqp5k9c400hydmh900w5hfa25eg2mxzfuv8sjvjg6q978urh"; }
  ];
}
