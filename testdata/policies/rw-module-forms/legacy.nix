# Superseded by ops.nix; disabled in flake.nix.
{
  flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age17dnktuh43c2lh89l38p3edl0ftfxxh0xw3djjntktfty2uv4vuyq225a93"; } ];
  flake.secrets.prod.secret.old-vpn = { };
}
