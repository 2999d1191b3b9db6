{
  fleet.hosts.alpha = { ageKey = "age1phyqzzh224qed077dxqvpnp7trjz3rya3enzhxvtu9wmshapc5rsmpjkud"; secrets = [ "vpn" "backup" ]; };
  fleet.hosts.beta = { ageKey = "age1usqdfguhvmtp83pu5vx0fssayz40f6gsc7v5heuglu5ssdcjea6sn5ghj6"; secrets = [ "vpn" ]; };
  fleet.hosts.gamma.ageKey = "age1l83agslkzd36vnmr2hrwwk7kumy97x9sz0wle2wtf5j8d4jm24dqrvw826";
  fleet.admins.root = "age12dj97dxqah4qpd24szzv0te7l2h5nhvvqw8zuys5ms46j0s989dq8vgmeu";
}
