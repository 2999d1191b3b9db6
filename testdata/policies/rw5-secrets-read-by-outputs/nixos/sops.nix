# NixOS module (not a flake-parts module): never evaluated while reading the policy.
{ config, lib, ... }:
{
  sops.defaultSopsFile = ../secrets/prod/app.yaml;
  sops.age.sshKeyPaths = [ "/etc/ssh/ssh_host_ed25519_key" ];
  sops.secrets.app = { owner = config.users.users.app.name; };
}
