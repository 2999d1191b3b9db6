{ flake = { ... }: { lib.admins = [ { name = "ana"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ]; }; }
