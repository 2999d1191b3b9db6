{
  people = {
    alice = "age1amp8gnpxv63tg26z3pf3psdgjjuhvtp6w8g2z2nkyjc9nlgfxs9qqhvjq3";
    bob = "age17vcg2l3fpq7xgngzypne87rfax7vvhkwekd9wwm30497wzpn24zqse5262";
  };
  servers = {
    app1 = "age1qyu7hw5myz90lhy2nfrr6yzkeuxdpycldtaeevy3cykwgeq5j9yqxwg9r6";
    app2 = "age1vdqpuhlax6crce9e0mhlkeelz4g47uzfzm8w7x69wu36g3vu0d7shs0av3";
    worker = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGQk4tOHBWTyfI9+hfSpJV2EU/Janj4rdg5Vd5KEZ9p";
  };
}
