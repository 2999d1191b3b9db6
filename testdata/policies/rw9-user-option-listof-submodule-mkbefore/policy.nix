{ config, lib, ... }:
let
  withRole = role: lib.filter (p: lib.elem role p.roles) config.people;
  toRecipient = p: { inherit (p) name age; };
in
{
  people = [ { name = "walt"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
  flake.secrets.prod = {
    recipients.admins = map toRecipient (withRole "ops");
    recipients.targets = map toRecipient (withRole "dev");
    secret.pager.admins = map (p: p.name) (withRole "oncall");
    secret.api.targets = [ "yann" ];
  };
}
