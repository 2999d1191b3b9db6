{ hosts.gateway = { ageKey = "age1t4gvl22neyz6gcgntsjegzxmk27l6qqxs2ve4h53txyl8d28h4pqx5nryc"; services = [ "wireguard" "caddy" ]; }; }
