{
  admins = { prod = [ { name = "hana"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ]; };
  hosts = { prod = [ { name = "es-1"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } { name = "es-2"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; } ]; staging = [ { name = "es-stg"; key = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ]; };
  secrets = { prod = { elastic-password.targets = [ "es-1" "es-2" ]; }; staging = { elastic-password.targets = [ "*" ]; }; };
}
