{
  flake.secrets.prod.recipients.admins = [ { name = "root"; age = "age178tvw5qsztgt2zjq7ynvlrczks042whtvsr7ryjx0wfe8dksqscqeead0u"; } ];
}
