{
  flake.secrets.prod.recipients.targets = [
    { name = "web"; age = "age122xm7zse0wp98k7azqek0mu5gv9wsfeh9ux923tyq7hfncvysp8snps5n9"; }
    { name = "db"; age = "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gp"; }
  ];
  flake.secrets.prod.secret.api = { targets = [ "web" ]; file = "secrets/dev/api.yaml"; };
}
