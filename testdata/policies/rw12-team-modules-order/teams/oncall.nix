{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "pager"; age = "age1yx9ppj5p98vxf2knkmpvvme3uv2pf0nv4k2kykdjfv2nx6zsmu2qnhvjn0"; } ];
}
