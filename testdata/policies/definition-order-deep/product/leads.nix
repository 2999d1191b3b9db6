{
  flake.secrets.prod.recipients.admins = [ { name = "leads"; age = "age19xkt90p058hk4gkdamydvgtyyx7p0ejrlfalhctqgj6upkh7m3cqkwp6zu"; } ];
}
