{
  imports = [ ./product/leads.nix ./shared.nix ];
  flake.secrets.prod.recipients.admins = [ { name = "product"; age = "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q"; } ];
}
