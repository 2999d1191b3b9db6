throw "todo.nix: fill in the hosts first"
