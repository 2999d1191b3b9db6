{ contact = "ops"; extraTargets = [ { name = "ha"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } ]; }
