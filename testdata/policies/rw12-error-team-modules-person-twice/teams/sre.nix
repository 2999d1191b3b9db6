{
  imports = [ ./oncall.nix ];
  flake.secrets.prod = {
    recipients.admins = [ { name = "sre-lead"; age = "age1qwl9dje2af2r50hdzeffn99093hve8lfwnvm059trtdep7gszd0qd6vkws"; } ];
    recipients.targets = [ { name = "bastion"; age = "age1vwvhzlyjxh9s9f4tp0lha5q97s0y5k3ytnwnxce35jv5t30j0u2qkry7ed"; } ];
    secret.bastion-keys = { admins = [ "sre-lead" "pager" ]; targets = [ "bastion" ]; };
  };
}
