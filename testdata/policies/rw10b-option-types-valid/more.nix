{
  site.tags = { b = "y"; };
  site.flags = true;
  site.level = 2;
  site.builderKey = builtins.readFile ./keys/builder.pub;
  flake.secrets.site.recipients.admins = [ { name = "bo"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ];
}
