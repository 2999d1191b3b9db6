{
  users = {
    alice = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
    bob = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
    carol = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj";
  };
  hosts = {
    web01 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO+u+fvKeQR/A2yy8PLGlQb/64kn6EBTlWd29gTs4+Ne root@h1";
    web02 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBY8y+z61lqJK2PtYV51RzQtsBUT/HAjM4wiDUgu9CVY root@h2";
    web03 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJkzQPNWgJQUKbFhzhmG1qMmMaWoxRqNJ7j3si5+tPrz root@h3";
    db01 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHgyScdNu1bU1xYesYXbw1uscb6EhEFIuDC3UOVIo9/d root@h4";
    db02 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIML3g/5oVoI9wnYOgRmo4IOl0mzbOwDsyNhWUPxQgr1h root@h5";
    cache01 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq8mwZzDSxeqiWoltStAlmbeqtpqkl0C/CEP7D22fnr root@h6";
    lb01 = "age1j82hp0jmwuedz4ngsjxcx892w4p77ek88l067lmv68p6dsvxxp7snfa64k";
    lb02 = "age1qwl9dje2af2r50hdzeffn99093hve8lfwnvm059trtdep7gszd0qd6vkws";
    mon01 = "age1vwvhzlyjxh9s9f4tp0lha5q97s0y5k3ytnwnxce35jv5t30j0u2qkry7ed";
    ci01 = "age1yx9ppj5p98vxf2knkmpvvme3uv2pf0nv4k2kykdjfv2nx6zsmu2qnhvjn0";
    stg-web01 = "age15ydjjqzst0r9w82ngcj2qxeyzpgrq4hlayhnxuztaz5yz62cvp9spmadf5";
    stg-db01 = "age1eak70rfndnn0gqk5tdjed07eqvwq20aut0etyjhje5jclurwg4cqxv54tt";
  };
}
